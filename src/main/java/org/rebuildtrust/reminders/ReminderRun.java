package org.rebuildtrust.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.shared.web.PortalAddress;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * One run of the reminders: queue what is due, give up on sends a stopped instance left half done, then claim and send
 * what is queued. Any number of runs on any number of instances may overlap: each reminder is queued once and sent
 * by the one run that claims it.
 */
@ApplicationScoped
public class ReminderRun {

    private static final Logger LOG = Logger.getLogger(ReminderRun.class.getName());
    /** How many reminders one claim takes; a run claims again until nothing is left. */
    static final int BATCH = 50;

    @Inject
    ReminderSelection selection;

    @Inject
    ReminderOutbox outbox;

    @Inject
    Mailer mailer;

    @Inject
    PortalAddress address;

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    /** Set only when wired by hand; in the container the configured address is used. */
    private String baseAddress;

    protected ReminderRun() {
        // for CDI
    }

    /** Wired by hand (tests): links go to {@code baseAddress}. */
    public ReminderRun(ReminderSelection selection, ReminderOutbox outbox, Mailer mailer, String baseAddress) {
        this.selection = selection;
        this.outbox = outbox;
        this.mailer = mailer;
        this.baseAddress = baseAddress;
    }

    /** What one run did. */
    public record Outcome(int queued, int sent, int failed, int abandoned) {
    }

    public Outcome runOnce(Instant now) {
        int queued = 0;
        for (ReminderDue due : selection.dueAt(now)) {
            if (outbox.queue(due, now)) {
                queued++;
            }
        }
        int abandoned = outbox.abandonInterrupted(now);
        int sent = 0;
        int failed = 0;
        for (List<ReminderOutbox.Claimed> batch = outbox.claim(now, BATCH); !batch.isEmpty(); batch = outbox.claim(now, BATCH)) {
            for (ReminderOutbox.Claimed reminder : batch) {
                ReminderMail.Words words = ReminderMail.of(reminder, linkFor(reminder.kind()));
                try {
                    mailer.send(reminder.address(), words.subject(), words.body());
                } catch (RuntimeException failure) {
                    outbox.failed(reminder, failure.getClass().getSimpleName() + ": " + failure.getMessage(), now);
                    failed++;
                    count("rebuild_reminders_failed");
                    continue;
                }
                // sent: if recording that fails, the row stays SENDING and is given up after its lease, never resent
                outbox.sent(reminder.id(), now);
                sent++;
                count("rebuild_reminders_sent");
            }
        }
        if (queued + sent + failed + abandoned > 0) {
            Outcome outcome = new Outcome(queued, sent, failed, abandoned);
            LOG.info(() -> "Reminders: " + outcome);
        }
        return new Outcome(queued, sent, failed, abandoned);
    }

    /** Partners land on their portal after signing in, therapists on their caseload. */
    private String linkFor(ReminderKind kind) {
        String base = baseAddress != null ? baseAddress : address.forJobs();
        return base + (kind == ReminderKind.DAILY_DIGEST ? "/therapist/caseload.xhtml" : "/portal/home.xhtml");
    }

    private void count(String name) {
        if (metrics != null) {
            metrics.counter(name).inc();
        }
    }
}
