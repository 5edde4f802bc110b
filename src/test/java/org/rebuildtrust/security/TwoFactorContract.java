package org.rebuildtrust.security;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.MovableClock;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.AuthenticatorApp;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two-factor sign-in on a real database, with codes computed as an authenticator app would (RFC 6238). */
abstract class TwoFactorContract extends DatabaseContract {

    private final class Scene {
        final MovableClock clock = new MovableClock(PracticeFixture.CLOCK.instant());
        final PracticeFixture practice = new PracticeFixture(jpa);
        final TwoFactorService twoFactor = new TwoFactorService(jpa.em(), practice.audit, clock, PracticeFixture.TOTP_CIPHER);
        final Therapist therapist = jpa.inTransaction(() -> practice.therapists.create(practice.admin, "Dr. Two",
                "two-" + UUID.randomUUID().toString().substring(0, 8), PracticeFixture.PASSWORD));
        final Actor actor = Actor.of(therapist.getAccount());

        String appCode(String secret, int stepsFromNow) {
            return AuthenticatorApp.code(secret, clock.instant(), stepsFromNow);
        }

        boolean signInWith(String code) {
            return jpa.inTransaction(() -> twoFactor.verifySignIn(actor.accountId(), code));
        }
    }

    @Test
    void enrolmentIsConfirmedByACodeAndEachCodeOrRecoveryCodeWorksOnce() {
        Scene scene = new Scene();
        TwoFactorService.Enrolment enrolment = jpa.inTransaction(() -> scene.twoFactor.startEnrolment(scene.actor));
        assertTrue(enrolment.qrDataUri().startsWith("data:image/png;base64,"));
        assertFalse(scene.signInWith(scene.appCode(enrolment.secret(), 0)), "not in use before it is confirmed");
        assertEquals("twoFactor.wrongCode", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.twoFactor.confirmEnrolment(scene.actor, "000000"))).getMessageKey());
        List<String> recovery = jpa.inTransaction(() -> scene.twoFactor.confirmEnrolment(scene.actor,
                scene.appCode(enrolment.secret(), 0)));
        assertEquals(TwoFactorService.RECOVERY_CODES, recovery.size());

        assertFalse(scene.signInWith(scene.appCode(enrolment.secret(), 0)), "the code that confirmed cannot sign in again");
        assertTrue(scene.signInWith(scene.appCode(enrolment.secret(), 1)), "the next code, one step of drift");
        scene.clock.advance(Duration.ofSeconds(90));
        assertTrue(scene.signInWith(scene.appCode(enrolment.secret(), 0)));
        assertFalse(scene.signInWith(scene.appCode(enrolment.secret(), 0)), "replayed");
        assertFalse(scene.signInWith(scene.appCode(enrolment.secret(), -3)), "too old");
        assertFalse(scene.signInWith("12345"));

        assertTrue(scene.signInWith(recovery.get(0).toUpperCase()), "a recovery code, whatever its case");
        assertFalse(scene.signInWith(recovery.get(0)), "each recovery code once");
        assertTrue(scene.signInWith(recovery.get(1)));
    }

    @Test
    void itIsTurnedOffOnlyWithACodeAndNeverWhereThePracticeRequiresIt() {
        Scene scene = new Scene();
        TwoFactorService.Enrolment enrolment = jpa.inTransaction(() -> scene.twoFactor.startEnrolment(scene.actor));
        jpa.inTransaction(() -> scene.twoFactor.confirmEnrolment(scene.actor, scene.appCode(enrolment.secret(), 0)));
        scene.clock.advance(Duration.ofSeconds(60));

        jpa.inTransaction(() -> {
            scene.twoFactor.requireForStaff(scene.practice.admin, true);
            return null;
        });
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> {
            scene.twoFactor.requireForStaff(scene.actor, false);
            return null;
        }), "only admins change the setting");
        assertEquals("twoFactor.required", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.twoFactor.turnOff(scene.actor, scene.appCode(enrolment.secret(), 0));
            return null;
        })).getMessageKey());
        jpa.inTransaction(() -> {
            scene.twoFactor.requireForStaff(scene.practice.admin, false);
            return null;
        });
        assertEquals("twoFactor.wrongCode", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.twoFactor.turnOff(scene.actor, "111111");
            return null;
        })).getMessageKey());
        jpa.inTransaction(() -> {
            scene.twoFactor.turnOff(scene.actor, scene.appCode(enrolment.secret(), 0));
            return null;
        });
        assertFalse(jpa.inTransaction(() -> scene.twoFactor.isOn(scene.actor)));
    }

    @Test
    void theStoredSecretIsSealedAndASecretStoredInClearIsSealedAtStartUp() {
        Scene scene = new Scene();
        TwoFactorService.Enrolment enrolment = jpa.inTransaction(() -> scene.twoFactor.startEnrolment(scene.actor));
        jpa.inTransaction(() -> scene.twoFactor.confirmEnrolment(scene.actor, scene.appCode(enrolment.secret(), 0)));
        String stored = storedSecret(scene.actor.accountId());
        assertFalse(stored.contains(enrolment.secret()), "the column holds no secret: " + stored);
        assertEquals(enrolment.secret(), PracticeFixture.TOTP_CIPHER.open(scene.actor.accountId(), stored));

        // as an account enrolled before sealing existed had it
        jpa.inTransaction(() -> jpa.em().createNativeQuery("UPDATE user_account SET totp_secret = ?1 WHERE id = ?2")
                .setParameter(1, enrolment.secret()).setParameter(2, scene.actor.accountId()).executeUpdate());
        TotpSecretResealing resealing = new TotpSecretResealing(jpa.em(), PracticeFixture.TOTP_CIPHER);
        assertTrue(jpa.inTransaction(resealing::resealAll) >= 1);
        String resealed = storedSecret(scene.actor.accountId());
        assertFalse(resealed.contains(enrolment.secret()), resealed);
        assertEquals(0, (int) jpa.inTransaction(resealing::resealAll), "nothing left in clear");
        scene.clock.advance(Duration.ofSeconds(60));
        assertTrue(scene.signInWith(scene.appCode(enrolment.secret(), 0)), "the same app still signs in");
    }

    private String storedSecret(long accountId) {
        return jpa.inTransaction(() -> (String) jpa.em().createNativeQuery("SELECT totp_secret FROM user_account WHERE id = ?1")
                .setParameter(1, accountId).getSingleResult());
    }
}
