package org.rebuildtrust.datarights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;

import java.util.List;
import java.util.Objects;

/**
 * Erases a closed couple: every piece of clinical content (homework answers, check-ins, accountability entries,
 * milestones, sessions and notes), both partners and their portal logins, and the couple itself, in one transaction.
 * Only an admin may, only for a closed couple, and only after typing the couple's name as shown. The audit trail keeps
 * that the erasure happened, by whom and when (it names the couple by id only, so it holds no clinical content).
 */
@ApplicationScoped
@Transactional
public class CoupleErasureService {

    /** Child tables first; each statement removes one kind of record of the couple {@code ?1}. */
    private static final List<String> DELETIONS = List.of(
            "DELETE FROM answer_value WHERE answer_id IN (SELECT an.id FROM answer an JOIN assignment a ON an.assignment_id = a.id WHERE a.couple_id = ?1)",
            "DELETE FROM accountability_entry WHERE couple_id = ?1",
            "DELETE FROM answer WHERE assignment_id IN (SELECT a.id FROM assignment a WHERE a.couple_id = ?1)",
            "DELETE FROM assignment WHERE couple_id = ?1",
            "DELETE FROM check_in WHERE partner_id IN (SELECT p.id FROM partner p WHERE p.couple_id = ?1)",
            "DELETE FROM milestone_reply WHERE milestone_id IN (SELECT m.id FROM milestone m WHERE m.couple_id = ?1)",
            "DELETE FROM milestone WHERE couple_id = ?1",
            "DELETE FROM session_prep_note WHERE couple_id = ?1",
            "DELETE FROM note_addendum WHERE session_note_id IN (SELECT n.id FROM session_note n WHERE n.couple_id = ?1)",
            "DELETE FROM session_note WHERE couple_id = ?1",
            "DELETE FROM psychotherapy_note WHERE appointment_id IN (SELECT a.id FROM appointment a WHERE a.couple_id = ?1)",
            "DELETE FROM appointment WHERE couple_id = ?1",
            "DELETE FROM appointment_series WHERE couple_id = ?1",
            "DELETE FROM held_session WHERE couple_id = ?1",
            "DELETE FROM safety_flag WHERE couple_id = ?1",
            "DELETE FROM intake WHERE partner_id IN (SELECT p.id FROM partner p WHERE p.couple_id = ?1)",
            "DELETE FROM policy_signature WHERE partner_id IN (SELECT p.id FROM partner p WHERE p.couple_id = ?1)",
            "DELETE FROM invitation WHERE partner_id IN (SELECT p.id FROM partner p WHERE p.couple_id = ?1)",
            "DELETE FROM partner WHERE couple_id = ?1",
            "DELETE FROM couple WHERE id = ?1");

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    protected CoupleErasureService() {
        // for CDI
    }

    public CoupleErasureService(EntityManager em, CoupleService couples, AuditTrail audit) {
        this.em = em;
        this.couples = couples;
        this.audit = audit;
    }

    public void erase(@NotNull Actor admin, long coupleId, String typedName) {
        admin.requireAdmin();
        Couple couple = couples.find(admin, coupleId);
        if (couple.getStatus() != CoupleStatus.CLOSED) {
            throw new BusinessRuleException("erasure.notClosed");
        }
        if (typedName == null || !Objects.equals(typedName.strip(), couple.getLabel().strip())) {
            throw new BusinessRuleException("erasure.nameMismatch", "confirmName");
        }
        List<Long> portalLogins = couple.getPartners().stream().filter(Partner::hasPortalAccount)
                .map(p -> p.getAccount().getId()).toList();
        em.flush();
        em.clear();
        for (String deletion : DELETIONS) {
            em.createNativeQuery(deletion).setParameter(1, coupleId).executeUpdate();
        }
        for (Long account : portalLogins) {
            em.createNativeQuery("DELETE FROM password_reset WHERE account_id = ?1").setParameter(1, account).executeUpdate();
            em.createNativeQuery("DELETE FROM recovery_code WHERE account_id = ?1").setParameter(1, account).executeUpdate();
            // the partner's reminders: what was sent to them, and when
            em.createNativeQuery("DELETE FROM reminder WHERE recipient_account_id = ?1").setParameter(1, account).executeUpdate();
            em.createNativeQuery("DELETE FROM user_account WHERE id = ?1").setParameter(1, account).executeUpdate();
        }
        audit.record(admin, AuditAction.DELETE, AuditRecord.COUPLE, coupleId, coupleId,
                "erased with " + portalLogins.size() + " portal logins");
    }
}
