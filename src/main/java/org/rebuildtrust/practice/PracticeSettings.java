package org.rebuildtrust.practice;

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

import java.time.ZoneId;
import java.util.List;

/** The practice's own settings that the admin keeps: for now, the time zone its calendar lives in. */
@ApplicationScoped
@Transactional
public class PracticeSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    protected PracticeSettings() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public PracticeSettings(EntityManager em, AuditTrail audit) {
        this.em = em;
        this.audit = audit;
    }

    public String timeZone(@NotNull Actor admin) {
        admin.requireAdmin();
        return em.find(Practice.class, admin.practiceId()).getTimeZone();
    }

    /**
     * Moves the practice's calendar to another zone. Appointments keep their instants, so a session booked for 18:00
     * shows at the same moment under the new zone's clock; an unknown zone name is refused.
     */
    public void changeTimeZone(@NotNull Actor admin, String zone) {
        admin.requireAdmin();
        Practice practice = em.find(Practice.class, admin.practiceId());
        practice.setTimeZone(zone);
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, admin.accountId(), null, "practice time zone " + zone);
    }

    /** The zone the actor's practice keeps its calendar in: read with the account this request, or else now. */
    public static ZoneId zoneOf(EntityManager em, Actor actor) {
        if (actor.practiceZone() != null) {
            return actor.practiceZone();
        }
        return em.find(Practice.class, actor.practiceId()).zone();
    }

    /** The day the actor's practice is living, in its own zone: a day ahead of the server's UTC one in a Sydney morning. */
    public static java.time.LocalDate todayOf(EntityManager em, Actor actor, java.time.Clock clock) {
        return java.time.LocalDate.now(clock.withZone(zoneOf(em, actor)));
    }

    /** The zone names the practice may choose from, sorted. */
    public static List<String> zoneNames() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"), ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted()).toList();
    }
}
