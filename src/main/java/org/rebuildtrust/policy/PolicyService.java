package org.rebuildtrust.policy;

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
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The practice's secrets policy: the admin publishes revisions (each kept as written), each partner signs the current
 * one in the portal by typing their full name, and the couple's therapist sees who signed which revision and when.
 * Joint and reveal-together homework waits until both partners have signed (see {@link #unsignedPartners}).
 */
@ApplicationScoped
@Transactional
public class PolicyService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CoupleService couples;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    protected PolicyService() {
        // for CDI
    }

    /** Wired by hand (tests). */
    public PolicyService(EntityManager em, CoupleService couples, AuditTrail audit, Clock clock) {
        this.em = em;
        this.couples = couples;
        this.audit = audit;
        this.clock = clock;
    }

    /** The practice's current revision, if the admin has published one. */
    public Optional<SecretsPolicy> current(@NotNull Actor actor) {
        return currentOf(em, actor.practiceId());
    }

    /** Every revision, newest first (admins). */
    public List<SecretsPolicy> revisions(@NotNull Actor admin) {
        admin.requireAdmin();
        return em.createQuery("SELECT p FROM SecretsPolicy p WHERE p.practiceId = :practice ORDER BY p.revision DESC",
                        SecretsPolicy.class)
                .setParameter("practice", admin.practiceId())
                .getResultList();
    }

    /** Publishes a new revision; what partners signed before stays as they signed it. */
    public SecretsPolicy publish(@NotNull Actor admin, String text) {
        admin.requireAdmin();
        if (text == null || text.isBlank()) {
            throw new BusinessRuleException("policy.textMissing", "policyText");
        }
        if (text.length() > SecretsPolicy.TEXT_LENGTH) {
            throw new BusinessRuleException("policy.textTooLong", "policyText", SecretsPolicy.TEXT_LENGTH);
        }
        int next = current(admin).map(SecretsPolicy::getRevision).orElse(0) + 1;
        SecretsPolicy policy = new SecretsPolicy(admin.practiceId(), next, text.strip(), clock.instant(), admin.accountId());
        em.persist(policy);
        em.flush();
        audit.record(admin, AuditAction.CREATE, AuditRecord.ACCOUNT, policy.getId(), null, "secrets policy revision " + next);
        return policy;
    }

    /** The partner's own signature of the current revision, if they signed it. */
    public Optional<PolicySignature> mySignatureOfCurrent(@NotNull Actor client) {
        return current(client).flatMap(policy -> mySignatureOf(client, policy));
    }

    /** The partner's own signature of {@code policy}, if they signed it. */
    private Optional<PolicySignature> mySignatureOf(@NotNull Actor client, @NotNull SecretsPolicy policy) {
        return em.createQuery("SELECT s FROM PolicySignature s WHERE s.partner.id = :partner"
                        + " AND s.policy.id = :policy", PolicySignature.class)
                .setParameter("partner", couples.ownSeat(client).partnerId())
                .setParameter("policy", policy.getId())
                .getResultStream().findFirst();
    }

    /** Where a partner stands with their practice's policy: it has none, or its current revision is unsigned or signed. */
    public enum MyStatus { NONE, UNSIGNED, SIGNED }

    /**
     * Whether the partner has signed the current revision, in one statement (the revision and the signature were two:
     * a tenth of the portal home's).
     */
    public MyStatus myStatus(@NotNull Actor client) {
        List<Long> signed = em.createQuery("SELECT (SELECT COUNT(s) FROM PolicySignature s WHERE s.policy = p"
                        + " AND s.partner.id = :partner) FROM SecretsPolicy p WHERE p.practiceId = :practice"
                        + " ORDER BY p.revision DESC", Long.class)
                .setParameter("partner", couples.ownSeat(client).partnerId())
                .setParameter("practice", client.practiceId())
                .setMaxResults(1)
                .getResultList();
        if (signed.isEmpty()) {
            return MyStatus.NONE;
        }
        return signed.get(0) > 0 ? MyStatus.SIGNED : MyStatus.UNSIGNED;
    }

    /**
     * Signs a revision with the partner's typed full name. Only the current revision can be signed (an older one, or
     * another practice's, is refused), once; the name must be the partner's own, as their therapist has it (case,
     * accents' form and spacing aside).
     */
    public PolicySignature sign(@NotNull Actor client, long policyId, String typedName) {
        Partner own = couples.findOwnPartner(client);
        SecretsPolicy current = current(client).orElseThrow(() -> new BusinessRuleException("policy.none"));
        if (current.getId() != policyId) {
            throw new BusinessRuleException("policy.notCurrent");
        }
        if (typedName == null || typedName.isBlank()) {
            throw new BusinessRuleException("policy.nameMissing", "typedName");
        }
        if (typedName.strip().length() > org.rebuildtrust.shared.Lengths.PERSON_NAME) {
            throw new BusinessRuleException("policy.nameMismatch", "typedName", own.getFullName());
        }
        if (!sameName(typedName, own.getFullName())) {
            throw new BusinessRuleException("policy.nameMismatch", "typedName", own.getFullName());
        }
        if (mySignatureOfCurrent(client).isPresent()) {
            throw new BusinessRuleException("policy.alreadySigned");
        }
        PolicySignature signature = new PolicySignature(own, current, typedName.strip(), clock.instant());
        em.persist(signature);
        em.flush();
        audit.record(client, AuditAction.CREATE, AuditRecord.PARTNER, own.getId(), own.getCouple().getId(),
                "secrets policy revision " + current.getRevision() + " signed");
        return signature;
    }

    /** Every signature of the couple's partners, newest first, for its therapist. */
    public List<PolicySignature> signaturesOfCouple(@NotNull Actor staff, long coupleId) {
        couples.requireInCare(staff, coupleId);
        return em.createQuery("SELECT s FROM PolicySignature s JOIN FETCH s.policy JOIN FETCH s.partner p"
                        + " WHERE p.couple.id = :couple ORDER BY s.signedAt DESC, s.id DESC", PolicySignature.class)
                .setParameter("couple", coupleId)
                .getResultList();
    }

    /**
     * The couple's partners who have signed no revision of their practice's policy; none when the practice has not
     * published one (there is nothing to sign). Used by the homework rules: joint work waits for both signatures.
     */
    public static List<Partner> unsignedPartners(EntityManager em, Couple couple) {
        if (currentOf(em, couple.getPractice().getId()).isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Partner p WHERE p.couple.id = :couple AND NOT EXISTS"
                        + " (SELECT s FROM PolicySignature s WHERE s.partner = p) ORDER BY p.seat", Partner.class)
                .setParameter("couple", couple.getId())
                .getResultList();
    }

    private static Optional<SecretsPolicy> currentOf(EntityManager em, long practiceId) {
        return em.createQuery("SELECT p FROM SecretsPolicy p WHERE p.practiceId = :practice ORDER BY p.revision DESC",
                        SecretsPolicy.class)
                .setParameter("practice", practiceId)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Whether a typed name is the registered one, case, Unicode form and spacing aside. */
    static boolean sameName(String typed, String registered) {
        return normal(typed).equals(normal(registered));
    }

    private static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
