package org.rebuildtrust.appointments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.appointments.CalendarFiles;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.web.Downloads;
import org.rebuildtrust.shared.web.Messages;

import java.util.List;

/**
 * A partner's coming appointments on their portal home (joint sessions and their own individual ones), each offered
 * as a calendar file for their phone or computer.
 */
@Named
@RequestScoped
public class PortalAppointmentsBacking {

    @Inject
    AppointmentService appointments;

    @Inject
    CurrentActor currentActor;

    private List<Appointment> coming;

    public List<Appointment> getComing() {
        if (coming == null) {
            coming = appointments.comingForPartner(currentActor.require());
        }
        return coming;
    }

    /** What the partner's calendar calls the appointment: the kind of session and with whom. */
    public String title(Appointment appointment) {
        String therapist = appointment.getCouple().getTherapist().getDisplayName();
        return Messages.text(appointment.getKind() == AppointmentKind.JOINT ? "portal.appointment.joint"
                : "portal.appointment.individual", therapist);
    }

    /** Sends one appointment as an .ics file; another's id (or the other partner's individual session) is not found. */
    public void download(long appointmentId) {
        Appointment appointment = appointments.forPartner(currentActor.require(), appointmentId);
        byte[] file = CalendarFiles.of(List.of(appointment), this::title, Appointment::getPlace);
        Downloads.send(file, "appointment-" + appointment.getId() + ".ics");
    }
}
