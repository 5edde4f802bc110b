package org.rebuildtrust.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.RecordNotFoundException;

/**
 * Which reminder emails a person gets: a partner chooses each of the three kinds, a therapist the daily digest. Kept
 * with the account (so every instance and device agrees) by a plain update beside its version: a choice of emails
 * must not make an admin's open edit of the account stale.
 */
@ApplicationScoped
@Transactional
public class ReminderPreferences {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    protected ReminderPreferences() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public ReminderPreferences(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The choices of one account; a therapist's partner-only choices are kept but have no use. */
    public record Choices(boolean appointments, boolean homeworkDue, boolean homeworkOverdue, boolean dailyDigest) {
    }

    public Choices of(@NotNull Actor actor) {
        UserAccount account = em.find(UserAccount.class, actor.accountId());
        if (account == null || actor.isAdmin()) {
            throw new RecordNotFoundException("Reminder choices", actor.accountId());
        }
        em.refresh(account);
        return new Choices(account.isRemindAppointments(), account.isRemindHomeworkDue(),
                account.isRemindHomeworkOverdue(), account.isDailyDigest());
    }

    /** Saves a partner's three choices, or a therapist's digest choice (the rest of what a therapist sends is ignored). */
    public void save(@NotNull Actor actor, @NotNull Choices choices) {
        if (actor.isAdmin()) {
            throw new RecordNotFoundException("Reminder choices", actor.accountId());
        }
        var update = actor.isClient()
                ? em.createQuery("UPDATE UserAccount a SET a.remindAppointments = :appointments,"
                        + " a.remindHomeworkDue = :due, a.remindHomeworkOverdue = :overdue WHERE a.id = :id")
                        .setParameter("appointments", choices.appointments())
                        .setParameter("due", choices.homeworkDue())
                        .setParameter("overdue", choices.homeworkOverdue())
                : em.createQuery("UPDATE UserAccount a SET a.dailyDigest = :digest WHERE a.id = :id")
                        .setParameter("digest", choices.dailyDigest());
        update.setParameter("id", actor.accountId()).executeUpdate();
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, actor.accountId(), null, "reminder choices");
    }
}
