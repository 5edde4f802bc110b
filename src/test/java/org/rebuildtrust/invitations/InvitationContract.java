package org.rebuildtrust.invitations;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.mail.Mailer;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.MovableClock;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.util.List;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Invitations by email, against a real database and a real SMTP server on loopback (GreenMail). */
abstract class InvitationContract extends DatabaseContract {

    // Per test instance, not static: the H2 and PostgreSQL subclasses run in parallel and would stop each other's server.
    @RegisterExtension
    final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final String PORTAL = "https://rebuild.example.test";
    private static final Pattern LINK = Pattern.compile(Pattern.quote(PORTAL) + "/welcome\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private final class Scene {
        final MovableClock clock = new MovableClock(PracticeFixture.CLOCK.instant());
        final PracticeFixture practice = new PracticeFixture(jpa);
        final InvitationService invitations = new InvitationService(jpa.em(), practice.couples,
                new AccountService(jpa.em(), PracticeFixture.hasher(), practice.audit),
                new Mailer("127.0.0.1", smtp.getSmtp().getPort(), "Rebuild <no-reply@rebuild.example.test>"),
                practice.audit, clock);
        final Couple couple = practice.coupleOf(practice.first, practice.label("Invited"), "Ada Quill", "Ben Stroud");

        Invitation invite(int seat) {
            long partnerId = seat == 1 ? couple.partnerA().getId() : couple.partnerB().getId();
            return jpa.inTransaction(() -> invitations.invite(practice.first, couple.getId(), partnerId, PORTAL));
        }

        UserAccount accept(String token, String login) {
            return jpa.inTransaction(() -> invitations.accept(token, login, "a password of our own"));
        }
    }

    private static String tokenIn(MimeMessage message) {
        Matcher link = LINK.matcher(GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "="));
        assertTrue(link.find(), "the email holds the link");
        return link.group(1);
    }

    private MimeMessage lastMessage() {
        MimeMessage[] received = smtp.getReceivedMessages();
        return received[received.length - 1];
    }

    @Test
    void anInvitedPartnerChoosesALoginOnceWithinTheLinksLife() throws Exception {
        Scene scene = new Scene();
        scene.invite(1);
        MimeMessage mail = lastMessage();
        assertEquals("a@example.test", mail.getAllRecipients()[0].toString());
        assertEquals("Your invitation from " + scene.practice.practice.getName(), mail.getSubject());
        String body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        assertTrue(body.contains("Hello Ada"), body);
        assertTrue(body.contains(scene.practice.practice.getName() + " invites you to set up your own sign-in."), body);
        for (String telling : List.of(scene.practice.firstTherapist.getDisplayName(), "therapist", "homework", "check-in",
                "milestone", "session", "Rebuild")) {
            assertFalse((mail.getSubject() + " " + body.replace(PORTAL, "")).toLowerCase().contains(telling.toLowerCase()),
                    () -> "a shared mailbox must not learn of the therapy from \"" + telling + "\": " + body);
        }
        String token = tokenIn(mail);

        assertEquals("Ada", jpa.inTransaction(() -> scene.invitations.open(token)).getPartner().getFirstName());
        assertEquals("account.passwordCommon", assertThrows(BusinessRuleException.class, () ->
                jpa.inTransaction(() -> scene.invitations.accept(token, "ada-" + token.substring(0, 6), "qwerty123456"))).getMessageKey(),
                "the password policy applies");
        UserAccount ada = scene.accept(token, "ada-" + token.substring(0, 6));
        Couple after = jpa.inTransaction(() -> scene.practice.couples.find(scene.practice.first, scene.couple.getId()));
        assertEquals(ada.getId(), after.partnerA().getAccount().getId(), "the login is Ada's");
        assertEquals("invitation.invalid", assertThrows(BusinessRuleException.class,
                () -> scene.accept(token, "someone-else")).getMessageKey(), "a link works once");
    }

    @Test
    void aLinkExpiresAfter72HoursAndARevokedOrReplacedOneNeverWorks() {
        Scene scene = new Scene();
        scene.invite(1);
        String first = tokenIn(lastMessage());
        scene.invite(1);
        String second = tokenIn(lastMessage());
        assertNotEquals(first, second);
        assertEquals("invitation.invalid", assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> scene.invitations.open(first))).getMessageKey(), "resending replaces the old link");

        scene.clock.advance(Duration.ofHours(71));
        jpa.inTransaction(() -> scene.invitations.open(second));
        scene.clock.advance(Duration.ofHours(2));
        assertEquals("invitation.invalid", assertThrows(BusinessRuleException.class,
                () -> jpa.inTransaction(() -> scene.invitations.open(second))).getMessageKey(), "older than 72 hours");
        assertEquals(Invitation.State.EXPIRED, jpa.inTransaction(() -> scene.invitations.latestOf(scene.practice.first,
                scene.couple.getId())).get(scene.couple.partnerA().getId()).stateAt(scene.clock.instant()));

        scene.invite(2);
        String bens = tokenIn(lastMessage());
        jpa.inTransaction(() -> {
            scene.invitations.revoke(scene.practice.first, scene.couple.getId(), scene.couple.partnerB().getId());
            return null;
        });
        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.invitations.open(bens)), "revoked");
        assertThrows(BusinessRuleException.class, () -> jpa.inTransaction(() -> scene.invitations.open("made-up-token")));
    }

    @Test
    void theInvitationIsWrittenInTheLanguageSetForThePartnerAndTellsNothingOfTheTherapyInItEither() throws Exception {
        Scene scene = new Scene();
        jpa.inTransaction(() -> {
            Couple edited = scene.practice.couples.find(scene.practice.first, scene.couple.getId());
            edited.partnerB().setLanguage(Language.SPANISH);
            return scene.practice.couples.update(scene.practice.first, edited);
        });
        scene.invite(2);
        MimeMessage spanish = lastMessage();
        Texts words = Texts.in(Language.SPANISH.locale());
        assertEquals(words.get("mail.invitation.subject", scene.practice.practice.getName()), spanish.getSubject());
        assertTrue(spanish.getSubject().startsWith("Tu invitación"), spanish.getSubject());
        String body = new String(spanish.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("Hola, Ben"), body);
        assertTrue(body.contains("te invita a crear tu propio acceso"), body);
        for (String telling : List.of(scene.practice.firstTherapist.getDisplayName(), "terapeuta", "terapia", "tarea",
                "registro", "logro", "sesión", "Rebuild")) {
            assertFalse((spanish.getSubject() + " " + body.replace(PORTAL, "")).toLowerCase().contains(telling.toLowerCase()),
                    () -> "a shared mailbox must not learn of the therapy from \"" + telling + "\": " + body);
        }
        assertEquals(Language.SPANISH, jpa.inTransaction(() -> scene.practice.couples.find(scene.practice.first,
                scene.couple.getId())).partnerB().getLanguage(), "kept with the partner's details");

        scene.invite(1);
        assertTrue(lastMessage().getSubject().startsWith("Your invitation"), "the other partner's stays English");
    }

    @Test
    void partnersSharingOneAddressEachGetTheirOwnInvitationAndLogin() throws Exception {
        Scene scene = new Scene();
        jpa.inTransaction(() -> {
            Couple edited = scene.practice.couples.find(scene.practice.first, scene.couple.getId());
            edited.partnerA().setEmail("home@example.test");
            edited.partnerB().setEmail("home@example.test");
            return scene.practice.couples.update(scene.practice.first, edited);
        });
        int before = smtp.getReceivedMessages().length;
        scene.invite(1);
        String adas = tokenIn(lastMessage());
        scene.invite(2);
        String bens = tokenIn(lastMessage());
        assertEquals(before + 2, smtp.getReceivedMessages().length);
        assertTrue(GreenMailUtil.getBody(lastMessage()).contains("Hello Ben"));

        UserAccount ada = scene.accept(adas, "ada-" + adas.substring(0, 6));
        UserAccount ben = scene.accept(bens, "ben-" + bens.substring(0, 6));
        assertNotEquals(ada.getId(), ben.getId());
        Couple after = jpa.inTransaction(() -> scene.practice.couples.find(scene.practice.first, scene.couple.getId()));
        assertEquals(ada.getId(), after.partnerA().getAccount().getId());
        assertEquals(ben.getId(), after.partnerB().getAccount().getId());
    }

    @Test
    void onlyTheCouplesOwnTherapistInvitesAndOnlyPartnersWithoutALogin() {
        Scene scene = new Scene();
        int before = smtp.getReceivedMessages().length;
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.invitations.invite(
                scene.practice.second, scene.couple.getId(), scene.couple.partnerA().getId(), PORTAL)));
        scene.practice.portalLoginFor(scene.couple, 1, "ada");
        assertEquals("couple.partnerHasLogin", assertThrows(BusinessRuleException.class, () -> scene.invite(1)).getMessageKey());
        assertEquals(before, smtp.getReceivedMessages().length, "nothing was sent");
        assertThrows(RecordNotFoundException.class, () -> jpa.inTransaction(() -> scene.invitations.invite(
                scene.practice.first, scene.couple.getId(), -1, PORTAL)), "a tampered partner id");
    }

    @Test
    void onlyTheHolderOfAValidLinkIsToldThatALoginNameIsTaken() {
        Scene scene = new Scene();
        String taken = scene.practice.firstTherapist.getAccount().getLoginName();
        for (String token : new String[]{null, "", "not-a-token", "x".repeat(200)}) {
            assertEquals("invitation.invalid", assertThrows(BusinessRuleException.class, () -> scene.accept(token, taken))
                    .getMessageKey(), "without a valid link nothing is said about the name");
        }
        scene.invite(1);
        String revoked = tokenIn(lastMessage());
        jpa.inTransaction(() -> scene.invitations.revoke(scene.practice.first, scene.couple.getId(),
                scene.couple.partnerA().getId()));
        assertEquals("invitation.invalid", assertThrows(BusinessRuleException.class, () -> scene.accept(revoked, taken))
                .getMessageKey(), "nor with a revoked one");

        scene.invite(1);
        String valid = tokenIn(lastMessage());
        assertEquals("account.loginNameTaken", assertThrows(BusinessRuleException.class, () -> scene.accept(valid, taken))
                .getMessageKey(), "the invited partner is asked to choose another");
        assertTrue(jpa.inTransaction(() -> scene.invitations.open(valid)) != null, "and the link still works for that");
    }
}
