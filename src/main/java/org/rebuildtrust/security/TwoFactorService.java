package org.rebuildtrust.security;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Tokens;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Two-factor sign-in with any authenticator app (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock
 * drift allowed), using samstevens' TOTP library. Enrolment shows a QR code and is confirmed by a first code; ten
 * single-use recovery codes stand in for a lost phone. A code is accepted once: replaying it within its window fails.
 */
@ApplicationScoped
@Transactional
public class TwoFactorService {

    public static final int RECOVERY_CODES = 10;
    static final int PERIOD_SECONDS = 30;
    private static final int DIGITS = 6;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    TotpSecretCipher cipher;

    private final CodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    protected TwoFactorService() {
        // for CDI
    }

    public TwoFactorService(EntityManager em, AuditTrail audit, Clock clock, TotpSecretCipher cipher) {
        this.em = em;
        this.audit = audit;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** What the enrolment page shows: the secret for typing in, and a QR code of it (a PNG data URI). */
    public record Enrolment(String secret, String qrDataUri) {
        public String getSecret() {
            return secret;
        }

        public String getQrDataUri() {
            return qrDataUri;
        }
    }

    /** Starts (or restarts) enrolment with a new secret; the second factor is not in use until a code confirms it. */
    public Enrolment startEnrolment(@NotNull Actor actor) {
        UserAccount account = account(actor);
        if (account.isTwoFactorEnabled()) {
            throw new BusinessRuleException("twoFactor.alreadyOn");
        }
        String secret = new DefaultSecretGenerator(32).generate();
        account.startTwoFactor(cipher.seal(account.getId(), secret));
        QrData data = new QrData.Builder().label(account.getLoginName()).secret(secret).issuer("Rebuild")
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return new Enrolment(secret, "data:image/png;base64," + Base64.getEncoder().encodeToString(qr.generate(data)));
        } catch (QrGenerationException failure) {
            throw new IllegalStateException("Could not draw the enrolment QR code", failure);
        }
    }

    /** Confirms enrolment with a code from the app; returns the recovery codes, shown this once. */
    public List<String> confirmEnrolment(@NotNull Actor actor, String code) {
        UserAccount account = account(actor);
        if (account.getTotpSecret() == null || account.isTwoFactorEnabled()) {
            throw new BusinessRuleException("twoFactor.noEnrolment");
        }
        long step = matchingStep(secretOf(account), code, null);
        if (step < 0) {
            throw new BusinessRuleException("twoFactor.wrongCode", "code");
        }
        account.confirmTwoFactor(step);
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :account").setParameter("account", account.getId())
                .executeUpdate();
        List<String> recovery = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recovery.forEach(r -> em.persist(new RecoveryCode(account.getId(), hash(r))));
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null, "two-factor sign-in turned on");
        return recovery;
    }

    /** Turns the second factor off, proven by a current code; refused where the practice requires it. */
    public void turnOff(@NotNull Actor actor, String code) {
        UserAccount account = account(actor);
        if (isRequired(account)) {
            throw new BusinessRuleException("twoFactor.required");
        }
        if (!account.isTwoFactorEnabled() || !verify(account, code)) {
            throw new BusinessRuleException("twoFactor.wrongCode", "code");
        }
        account.stopTwoFactor();
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.accountId = :account").setParameter("account", account.getId())
                .executeUpdate();
        audit.record(actor, AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null, "two-factor sign-in turned off");
    }

    /** The second step of signing in: a current code from the app, or an unused recovery code (used up here). */
    public boolean verifySignIn(long accountId, String code) {
        UserAccount account = em.find(UserAccount.class, accountId);
        return account != null && account.isTwoFactorEnabled() && verify(account, code);
    }

    /** Whether this account must have a second factor: staff of a practice that requires it. */
    public boolean isRequired(UserAccount account) {
        if (account.getRole() == Role.CLIENT) {
            return false;
        }
        Practice practice = em.find(Practice.class, account.getPracticeId());
        return practice != null && practice.isRequireTwoFactor();
    }

    /** The practice setting, changed by an admin. */
    public void requireForStaff(@NotNull Actor admin, boolean required) {
        admin.requireAdmin();
        em.find(Practice.class, admin.practiceId()).setRequireTwoFactor(required);
        audit.record(admin, AuditAction.CHANGE, AuditRecord.ACCOUNT, null, null,
                required ? "two-factor sign-in required for staff" : "two-factor sign-in optional");
    }

    public boolean isRequiredInPractice(@NotNull Actor actor) {
        Practice practice = em.find(Practice.class, actor.practiceId());
        return practice != null && practice.isRequireTwoFactor();
    }

    public boolean isOn(@NotNull Actor actor) {
        return account(actor).isTwoFactorEnabled();
    }

    private boolean verify(UserAccount account, String code) {
        long step = matchingStep(secretOf(account), code, account.getTotpLastStep());
        if (step >= 0) {
            account.acceptedCodeAt(step);
            return true;
        }
        return useRecoveryCode(account, code);
    }

    private String secretOf(UserAccount account) {
        return account.getTotpSecret() == null ? null : cipher.open(account.getId(), account.getTotpSecret());
    }

    /** The time step (now, one before or one after) whose code this is, never one at or before {@code lastUsed}; else -1. */
    private long matchingStep(String secret, String code, Long lastUsed) {
        if (secret == null || code == null || !code.strip().matches("\\d{" + DIGITS + "}")) {
            return -1;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        try {
            for (long step = now - 1; step <= now + 1; step++) {
                if ((lastUsed == null || step > lastUsed) && codes.generate(secret, step).equals(code.strip())) {
                    return step;
                }
            }
        } catch (CodeGenerationException failure) {
            throw new IllegalStateException("Could not compute a TOTP code", failure);
        }
        return -1;
    }

    private boolean useRecoveryCode(UserAccount account, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String hash = hash(code.strip().toLowerCase(Locale.ROOT));
        return em.createQuery("SELECT r FROM RecoveryCode r WHERE r.accountId = :account", RecoveryCode.class)
                .setParameter("account", account.getId())
                .getResultList().stream()
                .filter(r -> !r.isUsed() && r.getCodeHash().equals(hash))
                .findFirst()
                .map(r -> {
                    r.use(clock.instant());
                    audit.record(Actor.of(account), AuditAction.CHANGE, AuditRecord.ACCOUNT, account.getId(), null,
                            "recovery code used");
                    return true;
                })
                .orElse(false);
    }

    private UserAccount account(Actor actor) {
        return em.find(UserAccount.class, actor.accountId());
    }

    static String hash(String code) {
        return Tokens.sha256Hex(code.toLowerCase(Locale.ROOT));
    }
}
