package org.rebuildtrust.passwordreset;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.SignInThrottleService;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.MovableClock;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Password reset by emailed link and changing one's own password, on a real database and smtp server (GreenMail). */
abstract class PasswordResetContract extends DatabaseContract {

    // Per test instance, not static: the H2 and PostgreSQL subclasses run in parallel and would stop each other's server.
    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String PORTAL = "https://rebuild.example.test";

    private final class Scene {
        final MovableClock clock = new MovableClock(PracticeFixture.CLOCK.instant());
        final PracticeFixture practice = new PracticeFixture(jpa);
        final PasswordResetService resets = new PasswordResetService(jpa.em(), PracticeFixture.hasher(),
                new Mailer("127.0.0.1", smtp.getSmtp().getPort(), "Rebuild <no-reply@rebuild.example.test>"),
                practice.audit, clock);
        final String login = "t" + UUID.randomUUID().toString().substring(0, 8);
        final Therapist therapist = jpa.inTransaction(() -> practice.therapists.create(practice.admin, "Dr. Reset", login,
                login + "@example.test", PracticeFixture.PASSWORD));

        int mails() {
            return smtp.getReceivedMessages().length;
        }

        void request(String loginName) {
            jpa.inTransaction(() -> {
                resets.request(loginName, PORTAL);
                return null;
            });
        }

        String tokenOfLastMail() {
            MimeMessage[] received = smtp.getReceivedMessages();
            String body = GreenMailUtil.getBody(received[received.length - 1]).replace("=\r\n", "").replace("=3D", "=");
            Matcher link = Pattern.compile(Pattern.quote(PORTAL) + "/reset\\.xhtml\\?token=([A-Za-z0-9_-]+)").matcher(body);
            assertTrue(link.find(), body);
            return link.group(1);
        }

        boolean passwordIs(String password) {
            return jpa.inTransaction(() -> PracticeFixture.hasher().matches(password,
                    jpa.em().find(UserAccount.class, therapist.getAccount().getId()).getPasswordHash()));
        }
    }

    @Test
    void aLinkSentToTheAddressOnRecordSetsANewPasswordOnceWithinThirtyMinutes() throws Exception {
        Scene scene = new Scene();
        int before = scene.mails();
        scene.request(scene.login.toUpperCase());
        assertEquals(before + 1, scene.mails());
        assertEquals(scene.login + "@example.test", smtp.getReceivedMessages()[before].getAllRecipients()[0].toString());
        String token = scene.tokenOfLastMail();
        MimeMessage mail = smtp.getReceivedMessages()[before];
        assertEquals("Resetting your password", mail.getSubject());
        for (String telling : List.of("therapist", "homework", "check-in", "Rebuild")) {
            assertFalse((mail.getSubject() + " " + GreenMailUtil.getBody(mail).replace("=\r\n", "").replace(PORTAL, "")).toLowerCase().contains(telling.toLowerCase()),
                    () -> "the email must not tell of the therapy: " + telling);
        }

        assertEquals("account.passwordCommon", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.resets.reset(token, "qwerty123456"))).getMessageKey());
        jpa.inTransaction(() -> scene.resets.reset(token, "a brand new evening"));
        assertTrue(scene.passwordIs("a brand new evening"));
        assertEquals("reset.invalid", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.resets.reset(token, "yet another password"))).getMessageKey(), "once only");

        scene.clock.advance(Duration.ofMinutes(6));
        scene.request(scene.login);
        String late = scene.tokenOfLastMail();
        scene.clock.advance(Duration.ofMinutes(31));
        assertFalse(jpa.inTransaction(() -> scene.resets.isUsable(late)), "older than 30 minutes");
        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.resets.reset(late, "too late to use")));
        assertTrue(scene.passwordIs("a brand new evening"));
    }

    @Test
    void theEmailIsInTheLanguageTheOwnerChoseOrElseInThatOfThePageItWasAskedOn() throws Exception {
        Scene scene = new Scene();
        Locale spanish = Language.SPANISH.locale();
        String spanishSubject = Texts.in(spanish).get("mail.passwordReset.subject");
        assertNotEquals("Resetting your password", spanishSubject, "the Spanish bundle has its own words");

        jpa.inTransaction(() -> {
            scene.resets.request(scene.login, PORTAL, "192.0.2.9", spanish);
            return null;
        });
        assertEquals(spanishSubject, lastMail().getSubject(), "no choice made: the page's language");
        assertTrue(GreenMailUtil.getBody(lastMail()).contains("reset.xhtml"));

        Actor owner = Actor.of(jpa.inTransaction(() -> jpa.em().find(UserAccount.class, scene.therapist.getAccount().getId())));
        jpa.inTransaction(() -> {
            scene.practice.accounts.chooseLanguage(owner, Language.ENGLISH);
            return null;
        });
        scene.clock.advance(Duration.ofMinutes(6));
        jpa.inTransaction(() -> {
            scene.resets.request(scene.login, PORTAL, "192.0.2.9", spanish);
            return null;
        });
        assertEquals("Resetting your password", lastMail().getSubject(), "the owner's choice wins over the page's");
    }

    private MimeMessage lastMail() {
        MimeMessage[] received = smtp.getReceivedMessages();
        return received[received.length - 1];
    }

    @Test
    void unknownLoginsGetNoMailAndOneAccountNoMoreThanOneLinkInFiveMinutes() {
        Scene scene = new Scene();
        int before = scene.mails();
        scene.request("nobody-" + scene.login);
        scene.request(null);
        assertEquals(before, scene.mails(), "nothing for unknown logins, and the caller cannot tell");
        scene.request(scene.login);
        scene.request(scene.login);
        assertEquals(before + 1, scene.mails(), "a second request within five minutes sends nothing");
        scene.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        scene.request(scene.login);
        assertEquals(before + 2, scene.mails());
    }

    @Test
    void aPartnersLinkGoesToTheirOwnAddressAndOwnersChangeTheirPasswordKnowingTheCurrentOne() throws Exception {
        Scene scene = new Scene();
        Couple couple = scene.practice.coupleOf(scene.practice.first, scene.practice.label("Reset"), "Ada", "Ben");
        Actor ada = scene.practice.portalLoginFor(couple, 1, "ada");
        scene.request(ada.loginName());
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals("a@example.test", received[received.length - 1].getAllRecipients()[0].toString());

        assertEquals("account.wrongPassword", assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> {
            scene.practice.accounts.changeOwnPassword(ada, "not my password", "a fine new password", "192.0.2.7");
            return null;
        })).getMessageKey());
        jpa.inTransaction(() -> {
            scene.practice.accounts.changeOwnPassword(ada, PracticeFixture.PASSWORD, "a fine new password", "192.0.2.7");
            return null;
        });
        assertTrue(jpa.inTransaction(() -> PracticeFixture.hasher().matches("a fine new password",
                jpa.em().find(UserAccount.class, ada.accountId()).getPasswordHash())));
    }

    @Test
    void aLinkStopsWorkingOnceThePasswordWasChangedByOtherMeans() {
        Scene scene = new Scene();
        scene.request(scene.login);
        String token = scene.tokenOfLastMail();
        assertTrue(jpa.inTransaction(() -> scene.resets.isUsable(token)));
        Actor owner = Actor.of(scene.therapist.getAccount());
        jpa.inTransaction(() -> scene.practice.accounts.changeOwnPassword(owner, PracticeFixture.PASSWORD,
                "changed by its owner meanwhile", "192.0.2.8"));
        assertFalse(jpa.inTransaction(() -> scene.resets.isUsable(token)), "the owner changed the password");
        assertEquals("reset.invalid", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.resets.reset(token, "someone else's choice"))).getMessageKey());
        assertTrue(scene.passwordIs("changed by its owner meanwhile"));

        scene.clock.advance(Duration.ofMinutes(6));
        scene.request(scene.login);
        String second = scene.tokenOfLastMail();
        jpa.inTransaction(() -> scene.practice.accounts.resetPassword(scene.practice.admin,
                scene.therapist.getAccount().getId(), "set by the admin meanwhile"));
        assertFalse(jpa.inTransaction(() -> scene.resets.isUsable(second)), "an admin reset the password");
    }

    /**
     * Sessions are ended on every instance through the account's session generation (SignedInSessions): each way a
     * password is replaced, and a deactivation, must raise it; what leaves the password as it was must not.
     */
    @Test
    void everyNewPasswordAndADeactivationEndTheAccountsSessionsEverywhere() {
        Scene scene = new Scene();
        long id = scene.therapist.getAccount().getId();
        Actor owner = Actor.of(scene.therapist.getAccount());
        java.util.function.IntSupplier generation = () -> jpa.inTransaction(() ->
                jpa.em().find(UserAccount.class, id).getSessionGeneration());
        int start = generation.getAsInt();

        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() ->
                scene.practice.accounts.changeOwnPassword(owner, "not my password", "a fine new password", "192.0.2.9")));
        assertEquals(start, generation.getAsInt(), "a refused change ends nothing");
        int adopted = jpa.inTransaction(() ->
                scene.practice.accounts.changeOwnPassword(owner, PracticeFixture.PASSWORD, "a fine new password", "192.0.2.9"));
        assertEquals(start + 1, generation.getAsInt(), "the owner's new password");
        assertEquals(generation.getAsInt(), adopted, "the owner's own session adopts the new generation");

        jpa.inTransaction(() -> scene.practice.accounts.resetPassword(scene.practice.admin, id, "set by the admin now"));
        assertEquals(start + 2, generation.getAsInt(), "an admin's reset");

        scene.request(scene.login);
        jpa.inTransaction(() -> scene.resets.reset(scene.tokenOfLastMail(), "chosen through the link"));
        assertEquals(start + 3, generation.getAsInt(), "a reset link");

        jpa.inTransaction(() -> scene.practice.accounts.unlockSignIn(scene.practice.admin, id));
        assertEquals(start + 3, generation.getAsInt(), "lifting sign-in waits ends nothing");
        jpa.inTransaction(() -> scene.practice.accounts.deactivate(scene.practice.admin, id));
        assertEquals(start + 4, generation.getAsInt(), "a deactivation");
        jpa.inTransaction(() -> scene.practice.accounts.reactivate(scene.practice.admin, id));
        assertEquals(start + 4, generation.getAsInt(),
                "reactivating does not bring back the sessions the deactivation ended");
    }

    @Test
    void aLinkRefusesTheCurrentPasswordTheLoginNameAndSpacesAndLiftsTheSignInWaits() {
        Scene scene = new Scene();
        scene.request(scene.login);
        String token = scene.tokenOfLastMail();
        for (String[] refused : new String[][]{{PracticeFixture.PASSWORD, "account.passwordUnchanged"},
                {scene.login + "2026123", "account.passwordIsLoginName"}, {" ".repeat(12), "account.passwordBlank"}}) {
            assertEquals(refused[1], assertThrows(BusinessRuleException.class, () ->
                    jpa.inTransaction(() -> scene.resets.reset(token, refused[0]))).getMessageKey(), refused[0]);
        }
        SignInThrottleService throttle = new SignInThrottleService(jpa.em(), scene.clock);
        for (int i = 0; i < SignInThrottleService.PAIR_FREE_FAILURES; i++) {
            jpa.inTransaction(() -> throttle.failed(SignInThrottleService.Step.PASSWORD, scene.login, "203.0.113.5"));
        }
        assertTrue(jpa.inTransaction(() -> throttle.mustWait(SignInThrottleService.Step.PASSWORD, scene.login, "203.0.113.5")));
        jpa.inTransaction(() -> scene.resets.reset(token, "a new password from the link"));
        assertFalse(jpa.inTransaction(() -> throttle.mustWait(SignInThrottleService.Step.PASSWORD, scene.login, "203.0.113.5")),
                "the owner who reset the password by link signs in at once");
    }

    @Test
    void forgotPasswordDoesTheSameOnTheRequestThreadForKnownAndUnknownLogins() {
        Scene scene = new Scene();
        List<Runnable> handedOver = new ArrayList<>();
        PasswordResetRequests requests = new PasswordResetRequests(scene.resets, handedOver::add);
        int before = scene.mails();
        requests.ask(scene.login, PORTAL, "192.0.2.9", Locale.ENGLISH);
        requests.ask("nobody-" + scene.login, PORTAL, "192.0.2.9", Locale.ENGLISH);
        assertEquals(2, handedOver.size(), "each request, known login or not, hands one piece of work over");
        assertEquals(before, scene.mails(), "no mail is sent while the person waits");
        assertEquals(0L, jpa.inTransaction(() -> jpa.em().createQuery(
                        "SELECT COUNT(r) FROM PasswordReset r WHERE r.account.id = :account", Long.class)
                .setParameter("account", scene.therapist.getAccount().getId()).getSingleResult()),
                "no link is stored while the person waits");

        handedOver.forEach(work -> jpa.inTransaction(work));
        assertEquals(before + 1, scene.mails(), "afterwards the known login gets its link, the unknown one nothing");
    }
}
