package org.rebuildtrust.appointments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.Tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A therapist's private calendar feed: an address with a long random token that a calendar application subscribes to.
 * Only the token's SHA-256 is kept, so the address is shown once, when it is made; a new one replaces the old, and
 * revoking it makes the address answer "not found". The feed names no client: each appointment is the couple's
 * initials and the kind of session.
 */
@ApplicationScoped
@Transactional
public class CalendarFeedService {

    /** How far back and ahead the feed reaches. */
    static final Duration PAST = Duration.ofDays(60);
    static final Duration AHEAD = Duration.ofDays(400);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected CalendarFeedService() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public CalendarFeedService(EntityManager em, AuditTrail audit, Clock clock) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
    }

    /** Makes a new feed token for the therapist, replacing any earlier one; the token is returned only this once. */
    public String issue(@NotNull Actor therapist) {
        requireTherapist(therapist);
        String token = Tokens.newToken();
        store(therapist, Tokens.sha256Hex(token));
        audit.record(therapist, AuditAction.CHANGE, AuditRecord.ACCOUNT, therapist.accountId(), null, "calendar feed issued");
        return token;
    }

    /** Ends the therapist's feed: its address answers "not found" from now on. */
    public void revoke(@NotNull Actor therapist) {
        requireTherapist(therapist);
        store(therapist, null);
        audit.record(therapist, AuditAction.CHANGE, AuditRecord.ACCOUNT, therapist.accountId(), null, "calendar feed revoked");
    }

    public boolean hasFeed(@NotNull Actor therapist) {
        return !em.createQuery("SELECT a.id FROM UserAccount a WHERE a.id = :id AND a.calendarFeedHash IS NOT NULL", Long.class)
                .setParameter("id", therapist.accountId())
                .getResultList().isEmpty();
    }

    /**
     * The feed a token opens, or empty when no active therapist holds that token (wrong, revoked, replaced or malformed
     * alike: the caller cannot tell which).
     */
    public Optional<byte[]> feed(String token) {
        if (token == null || token.length() < 40 || token.length() > 64 || !token.matches("[A-Za-z0-9_-]+")) {
            return Optional.empty();
        }
        List<UserAccount> holders = em.createQuery("SELECT a FROM UserAccount a WHERE a.calendarFeedHash = :hash"
                        + " AND a.enabled = TRUE AND a.role = :therapist", UserAccount.class)
                .setParameter("hash", Tokens.sha256Hex(token))
                .setParameter("therapist", Role.THERAPIST)
                .getResultList();
        if (holders.isEmpty()) {
            return Optional.empty();
        }
        UserAccount holder = holders.get(0);
        Instant now = clock.instant();
        List<Appointment> appointments = em.createQuery("SELECT a FROM Appointment a JOIN FETCH a.couple c"
                        + " WHERE c.therapist.account.id = :account AND a.timeKnown = TRUE"
                        + " AND a.startsAt >= :from AND a.startsAt < :to ORDER BY a.startsAt, a.id", Appointment.class)
                .setParameter("account", holder.getId())
                .setParameter("from", now.minus(PAST))
                .setParameter("to", now.plus(AHEAD))
                .getResultList();
        Map<Long, String> initials = coupleInitials(appointments);
        Texts words = Texts.in(holder.getLanguage() == null ? Locale.ENGLISH : holder.getLanguage().locale());
        return Optional.of(CalendarFiles.of(appointments,
                a -> initials.get(a.getCouple().getId()) + " · " + words.get(a.getKind() == AppointmentKind.JOINT
                        ? "appointment.kindJoint" : "appointment.kindIndividualShort"),
                a -> null));
    }

    /** "M.R. & J.C." for each couple: the initials of both partners, nothing more of their names. */
    private Map<Long, String> coupleInitials(List<Appointment> appointments) {
        List<Long> coupleIds = appointments.stream().map(a -> a.getCouple().getId()).distinct().toList();
        if (coupleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT p FROM Partner p WHERE p.couple.id IN :couples ORDER BY p.seat", Partner.class)
                .setParameter("couples", coupleIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(p -> p.getCouple().getId(),
                        Collectors.mapping(p -> initialsOf(p.getFullName()), Collectors.joining(" & "))));
    }

    static String initialsOf(String fullName) {
        StringBuilder initials = new StringBuilder();
        for (String word : fullName.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0))).append('.');
            }
        }
        return initials.toString();
    }

    private void store(Actor therapist, String hash) {
        em.createQuery("UPDATE UserAccount a SET a.calendarFeedHash = :hash WHERE a.id = :id")
                .setParameter("hash", hash)
                .setParameter("id", therapist.accountId())
                .executeUpdate();
    }

    private static void requireTherapist(Actor actor) {
        if (!actor.isTherapist()) {
            throw new RecordNotFoundException("Calendar feed", actor.accountId());
        }
    }
}
