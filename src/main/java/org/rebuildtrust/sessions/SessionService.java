package org.rebuildtrust.sessions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.security.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Held sessions of the couples in a therapist's care. */
@ApplicationScoped
@Transactional
public class SessionService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    Clock clock;

    protected SessionService() {
        // for CDI
    }

    public SessionService(EntityManager em, CoupleService couples, Clock clock) {
        this.em = em;
        this.couples = couples;
        this.clock = clock;
    }

    public HeldSession record(@NotNull Actor staff, long coupleId, LocalDate heldOn, boolean partnerAAttended,
                              boolean partnerBAttended) {
        Couple couple = couples.findInCare(staff, coupleId);
        HeldSession session = new HeldSession(couple, heldOn, partnerAAttended, partnerBAttended, staff.accountId(),
                LocalDate.now(clock));
        em.persist(session);
        couples.touch(couple);
        return session;
    }

    /** The couple's held sessions, newest first. */
    public List<HeldSession> ofCouple(@NotNull Actor staff, long coupleId) {
        couples.findInCare(staff, coupleId);
        return em.createQuery("SELECT s FROM HeldSession s WHERE s.couple.id = :couple ORDER BY s.heldOn DESC, s.id DESC",
                        HeldSession.class)
                .setParameter("couple", coupleId)
                .getResultList();
    }

    /** The newest held session: "since the last session" starts the day after it. */
    public Optional<HeldSession> latest(@NotNull Actor staff, long coupleId) {
        return ofCouple(staff, coupleId).stream().findFirst();
    }
}
