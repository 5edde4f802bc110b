package org.rebuildtrust.appointments.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The therapist's calendar: their own appointments (an admin's: the practice's, or one therapist's) in day, week and
 * month views, in the practice's time zone. Dragging or resizing an appointment moves it under the same rules as the
 * appointments page; clicking one opens it there.
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AppointmentService appointments;

    @Inject
    transient TherapistService therapists;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient jakarta.faces.context.ExternalContext externalContext;

    private String zone;
    private String view = "timeGridWeek";
    private Long therapistId;
    private List<TherapistChoice> therapistChoices = List.of();
    private PendingMove pendingMove;
    private final LazyScheduleModel model = new LazyScheduleModel() {
        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            ZoneId practiceZone = ZoneId.of(zone);
            for (Appointment a : appointments.calendar(currentActor.require(), therapistId,
                    start.atZone(practiceZone).toInstant(), end.atZone(practiceZone).toInstant())) {
                addEvent(eventOf(a, practiceZone));
            }
        }

        /**
         * An event of the calendar by its id; for an id the calendar never showed (a hand-made request) a stand-in
         * without an appointment, which the move then refuses with a message instead of failing.
         */
        @Override
        public ScheduleEvent<?> getEvent(String id) {
            ScheduleEvent<?> shown = super.getEvent(id);
            return shown != null ? shown : DefaultScheduleEvent.builder().id(id).startDate(LocalDateTime.now())
                    .endDate(LocalDateTime.now()).build();
        }
    };

    /** A therapist the admin may narrow the calendar to. */
    public record TherapistChoice(long id, String name) implements Serializable {
        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** A move the therapist was warned about (it overlaps), offered again as it was. */
    record PendingMove(long appointmentId, long versionSeen, LocalDateTime start, LocalDateTime end) implements Serializable {
    }

    /** What an event of the calendar carries: its appointment and the version shown, so a stale drag is refused. */
    record Shown(long appointmentId, long version) implements Serializable {
    }

    public void load() {
        zone = appointments.zoneOf(currentActor.require()).getId();
        if (currentActor.require().isAdmin()) {
            therapistChoices = therapists.listPractice(currentActor.require()).stream()
                    .map(t -> new TherapistChoice(t.getId(), t.getDisplayName())).toList();
        }
    }

    private ScheduleEvent<Shown> eventOf(Appointment a, ZoneId practiceZone) {
        String kind = a.getKind() == AppointmentKind.JOINT ? Messages.text("appointment.kindJoint")
                : Messages.text("appointment.kindIndividual", a.getPartner().getFullName());
        String title = a.getCouple().getLabel() + " · " + kind
                + (currentActor.require().isAdmin() ? " · " + a.getCouple().getTherapist().getDisplayName() : "")
                + (a.getStatus().isScheduled() ? "" : " · " + Messages.text("enum.AppointmentStatus." + a.getStatus()));
        boolean movable = a.getStatus().isScheduled() && a.isTimeKnown();
        String link = externalContext.getRequestContextPath() + "/therapist/couples/appointments.xhtml?couple="
                + a.getCouple().getId() + "&appointment=" + a.getId();
        return DefaultScheduleEvent.<Shown>builder()
                .id(Long.toString(a.getId()))
                .data(new Shown(a.getId(), a.getVersion()))
                .title(title)
                .startDate(a.isTimeKnown() || a.getHeldSession() == null
                        ? a.getStartsAt().atZone(practiceZone).toLocalDateTime()
                        : a.getHeldSession().getHeldOn().atStartOfDay())
                .endDate(a.isTimeKnown() || a.getHeldSession() == null
                        ? a.getEndsAt().atZone(practiceZone).toLocalDateTime()
                        : a.getHeldSession().getHeldOn().plusDays(1).atStartOfDay())
                .allDay(!a.isTimeKnown())
                .draggable(movable)
                .resizable(movable)
                .editable(movable)
                .url(link)
                .styleClass("rb-appointment-" + a.getStatus())
                .build();
    }

    public void onMove(ScheduleEntryMoveEvent event) {
        move(event.getScheduleEvent());
    }

    public void onResize(ScheduleEntryResizeEvent event) {
        move(event.getScheduleEvent());
    }

    private void move(ScheduleEvent<?> moved) {
        if (!(moved.getData() instanceof Shown shown)) {
            Messages.error("appointment.notOnCalendar");
            return;
        }
        tryMove(new PendingMove(shown.appointmentId(), shown.version(), moved.getStartDate(), moved.getEndDate()), false);
    }

    /** After the overlap warning: makes the move the therapist was warned about. */
    public void moveAnyway() {
        if (pendingMove != null) {
            tryMove(pendingMove, true);
        }
    }

    private void tryMove(PendingMove move, boolean overlapConfirmed) {
        pendingMove = null;
        try {
            Appointment moved = appointments.moveTo(currentActor.require(), move.appointmentId(), move.start(), move.end(),
                    overlapConfirmed, move.versionSeen());
            Messages.info("appointment.movedTo", moved.getCouple().getLabel(), move.start().toLocalDate(),
                    move.start().toLocalTime());
        } catch (DuplicateSuspectedException overlap) {
            pendingMove = move;
            Messages.warned(overlap, "calendarForm");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "calendarForm");
        }
    }

    public boolean isMoveWarned() {
        return pendingMove != null;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getZone() {
        return zone;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(Long therapistId) {
        this.therapistId = therapistId;
    }

    public List<TherapistChoice> getTherapistChoices() {
        return therapistChoices;
    }

    /** Whether the calendar may narrow to one therapist (the admin's). */
    public boolean isAdminView() {
        return !therapistChoices.isEmpty();
    }

}
