package org.rebuildtrust.reminders;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.rebuildtrust.appointments.AppointmentService;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, on every instance: the reminders' run (safe to overlap, see {@link ReminderRun}) and moving each
 * couple's "next appointment" on once it has begun. Outside a transaction: each claim commits on its own.
 */
@Stateless
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Inject
    ReminderRun run;

    @Inject
    AppointmentService appointments;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everyMinute() {
        try {
            appointments.moveOnBegunNextAppointments();
            run.runOnce(clock.instant());
        } catch (RuntimeException failure) {
            // the next minute tries again; nothing is lost, as nothing was claimed that is not recorded
            LOG.log(Level.WARNING, "The reminders' run failed; the next one tries again", failure);
        }
    }
}
