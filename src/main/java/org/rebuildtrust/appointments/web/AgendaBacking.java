package org.rebuildtrust.appointments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.security.CurrentActor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Today's agenda on the therapist's home (the caseload): their appointments of the practice's day, in order. */
@Named
@RequestScoped
public class AgendaBacking {

    @Inject
    AppointmentService appointments;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    private List<Appointment> today;

    public List<Appointment> getToday() {
        if (today == null) {
            today = appointments.agenda(currentActor.require(), appointments.today(currentActor.require()));
        }
        return today;
    }

    public Instant getNow() {
        return clock.instant();
    }
}
