package org.rebuildtrust.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.InfidelityKind;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.couples.RecoveryRole;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerSheet;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.homework.PromptKind;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.homework.Visibility;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.PasswordHasher;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.sessions.SessionService;
import org.rebuildtrust.appointments.AppointmentKind;
import org.rebuildtrust.appointments.AppointmentRequest;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.appointments.Cadence;
import org.rebuildtrust.intake.IntakeAnswers;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.intake.SafetyFlag;
import org.rebuildtrust.policy.PolicyService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The synthetic demo practice: an admin, two therapists, twelve couples across every status, and portal logins
 * for both partners of three couples (one pair sharing an email address), and homework in every state. Built
 * through the real services,
 * so demo data obeys the same rules as typed data.
 */
@ApplicationScoped
public class DemoPractice {

    /** Every demo login uses this password; it is printed at start-up and in the README. */
    public static final String PASSWORD = "demo-password-2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    AccountService accountService;

    @Inject
    TherapistService therapistService;

    @Inject
    CoupleService coupleService;

    @Inject
    Clock clock;

    @Inject
    HomeworkService homeworkService;

    @Inject
    CheckInService checkInService;

    @Inject
    MilestoneService milestoneService;

    @Inject
    SessionService sessionService;

    @Inject
    LibraryService libraryService;

    @Inject
    AppointmentService appointmentService;

    @Inject
    IntakeService intakeService;

    @Inject
    PolicyService policyService;

    @Inject
    org.rebuildtrust.notes.NoteService noteService;

    @Inject
    AuditTrail auditTrail;

    void create() {
        Practice practice = new Practice("Harbor Lane Couples Practice (demo)");
        practice.setTimeZone("Europe/Berlin");
        em.persist(practice);
        UserAccount adminAccount = new UserAccount(practice.getId(), "admin", "Morgan Demo (practice admin)",
                Role.ADMIN, passwordHasher.hash(PASSWORD));
        em.persist(adminAccount);
        Actor admin = Actor.of(adminAccount);

        Therapist vale = therapistService.create(admin, "Dr. Robin Vale", "robin", "robin.vale@example.test", PASSWORD);
        Therapist okafor = therapistService.create(admin, "Sam Okafor, LMFT", "sam", "sam.okafor@example.test", PASSWORD);
        // A therapist who has left the practice: the accounts page shows a deactivated login next to the others.
        Therapist former = therapistService.create(admin, "Dr. Lee Hartmann (left)", "lee", "lee.hartmann@example.test", PASSWORD);
        accountService.deactivate(admin, former.getAccount().getId());
        LocalDate today = LocalDate.now(clock);

        Couple first = couple(admin, vale, "Rivera & Chen (demo)", CoupleStatus.ACTIVE, InfidelityKind.EMOTIONAL,
                today.minusMonths(5), today.minusMonths(4),
                "Alex Rivera", "alex.rivera@example.test", RecoveryRole.INVOLVED,
                "Jordan Chen", "jordan.chen@example.test", RecoveryRole.HURT);
        Actor[] riveraChen = portalLogins(admin, first, "alex", "jordan");

        Couple second = couple(admin, vale, "Okonkwo & Lindqvist (demo)", CoupleStatus.ACTIVE, InfidelityKind.PHYSICAL,
                today.minusMonths(3), today.minusMonths(2),
                "Casey Okonkwo", "home@okonkwo-lindqvist.example.test", RecoveryRole.HURT,
                "Riley Lindqvist", "home@okonkwo-lindqvist.example.test", RecoveryRole.INVOLVED);
        Actor[] okonkwoLindqvist = portalLogins(admin, second, "casey", "riley");

        Couple third = couple(admin, okafor, "Moreau & Haddad (demo)", CoupleStatus.ACTIVE, InfidelityKind.BOTH,
                today.minusMonths(7), today.minusMonths(6),
                "Quinn Moreau", "quinn.moreau@example.test", RecoveryRole.BOTH,
                "Avery Haddad", "avery.haddad@example.test", RecoveryRole.BOTH);
        Actor[] moreauHaddad = portalLogins(admin, third, "quinn", "avery");

        Actor robin = Actor.of(vale.getAccount());
        practiceTemplate(robin);
        DemoHistory history = new DemoHistory(em, coupleService, libraryService, auditTrail, clock);
        history.riveraChen(robin, first, riveraChen[0], riveraChen[1]);
        history.okonkwoLindqvist(robin, second, okonkwoLindqvist[0], okonkwoLindqvist[1]);
        homework(robin, first, riveraChen[0], riveraChen[1], second, okonkwoLindqvist[0]);
        calendar(robin, first, second, Actor.of(okafor.getAccount()), third);
        intakes(robin, riveraChen[0], okonkwoLindqvist[0], second);
        notes(robin, first);
        secretsPolicy(admin, List.of(riveraChen[0], okonkwoLindqvist[0], okonkwoLindqvist[1], moreauHaddad[0],
                moreauHaddad[1]));
        // Everything above ran at start-up; the couples' last activity is where their story last moved.
        history.lastEvents().forEach(coupleService::recordActivityAt);

        couple(admin, vale, "Nakamura & Price (demo)", CoupleStatus.INTAKE, InfidelityKind.NOT_DISCLOSED,
                null, today.minusDays(3),
                "Kai Nakamura", "kai.n@example.test", RecoveryRole.NOT_SET,
                "Dana Price", "dana.p@example.test", RecoveryRole.NOT_SET);
        couple(admin, vale, "Silva & Novak (demo)", CoupleStatus.INTAKE, InfidelityKind.EMOTIONAL,
                today.minusWeeks(6), today.minusDays(10),
                "Robin Silva", "r.silva@example.test", RecoveryRole.HURT,
                "Emery Novak", "e.novak@example.test", RecoveryRole.INVOLVED);
        couple(admin, vale, "Adeyemi & Walsh (demo)", CoupleStatus.PAUSED, InfidelityKind.PHYSICAL,
                today.minusYears(1), today.minusMonths(9),
                "Tobi Adeyemi", "tobi.a@example.test", RecoveryRole.INVOLVED,
                "Shay Walsh", "shay.w@example.test", RecoveryRole.HURT);
        couple(admin, vale, "Bauer & Ito (demo)", CoupleStatus.ACTIVE, InfidelityKind.EMOTIONAL,
                today.minusMonths(2), today.minusWeeks(5),
                "Lee Bauer", "lee.bauer@example.test", RecoveryRole.HURT,
                "Sky Ito", "sky.ito@example.test", RecoveryRole.INVOLVED);
        couple(admin, vale, "Kowalski & Mensah (demo)", CoupleStatus.CLOSED, InfidelityKind.PHYSICAL,
                today.minusYears(2), today.minusMonths(20),
                "Jamie Kowalski", "jamie.k@example.test", RecoveryRole.HURT,
                "Drew Mensah", "drew.m@example.test", RecoveryRole.INVOLVED);
        couple(admin, okafor, "Fischer & Obi (demo)", CoupleStatus.ACTIVE, InfidelityKind.PHYSICAL,
                today.minusMonths(4), today.minusMonths(3),
                "Reese Fischer", "reese.f@example.test", RecoveryRole.INVOLVED,
                "Parker Obi", "parker.o@example.test", RecoveryRole.HURT);
        couple(admin, okafor, "Larsen & Duarte (demo)", CoupleStatus.PAUSED, InfidelityKind.EMOTIONAL,
                today.minusMonths(10), today.minusMonths(8),
                "Rowan Larsen", "rowan.l@example.test", RecoveryRole.HURT,
                "Ellis Duarte", "ellis.d@example.test", RecoveryRole.INVOLVED);
        couple(admin, okafor, "Petrov & Amari (demo)", CoupleStatus.CLOSED, InfidelityKind.NOT_DISCLOSED,
                today.minusYears(3), today.minusYears(2),
                "Sasha Petrov", "sasha.p@example.test", RecoveryRole.NOT_SET,
                "Noor Amari", "noor.a@example.test", RecoveryRole.NOT_SET);
        couple(admin, okafor, "Brennan & Yilmaz (demo)", CoupleStatus.INTAKE, InfidelityKind.NOT_DISCLOSED,
                null, today,
                "Logan Brennan", "logan.b@example.test", RecoveryRole.NOT_SET,
                "Ari Yilmaz", "ari.y@example.test", RecoveryRole.NOT_SET);
    }

    /**
     * Homework in every state for the two couples of Dr. Vale with portal logins: answered and revealed, waiting for
     * the other partner, a draft in progress, a joint draft, untouched, and a weekly check-in series.
     */
    /**
     * The coming weeks: Rivera &amp; Chen every two weeks, one individual session for Jordan, Okonkwo &amp; Lindqvist
     * weekly from tomorrow, Moreau &amp; Haddad weekly with Sam, and one appointment today so the agenda has something.
     */
    private void calendar(Actor robin, Couple first, Couple second, Actor sam, Couple third) {
        LocalDate today = appointmentService.today(robin);
        book(robin, first, today.plusDays(2), 18, null, "Room 2, Harbor Lane", Cadence.FORTNIGHTLY, 6);
        book(robin, first, today.plusDays(5), 17, first.partnerB().getId(), "https://video.example.test/room/vale", null, null);
        book(robin, second, today.plusDays(1), 19, null, "https://video.example.test/room/vale", Cadence.WEEKLY, 8);
        book(sam, third, today.plusDays(3), 10, null, "Room 1, Harbor Lane", Cadence.WEEKLY, 4);
        book(robin, second, today, 12, null, "Room 2, Harbor Lane", null, null);
    }

    /**
     * Intakes: Alex's sent without a concern; Casey's screen says she is afraid, which raised a safety flag that Dr. Vale
     * has decided on; Jordan, Riley and the others have not started theirs.
     */
    private void intakes(Actor robin, Actor alex, Actor casey, Couple okonkwoLindqvist) {
        intakeService.submit(alex, new IntakeAnswers("+1 555 0100", "weekday evenings", "To rebuild trust and be a"
                + " family Jordan can rely on again.", "I kept up an emotional affair with a colleague for most of a year"
                + " and hid it. Jordan found the messages in March.", false, false, false, false, null), null);
        intakeService.submit(casey, new IntakeAnswers(null, "email only, please", "To know whether we can stay"
                + " together, and to feel safe saying what I think.", "Riley's affair came out in the summer. Since then"
                + " arguments get loud quickly.", false, false, false, true, "When Riley shouts I go quiet; I don't"
                + " think I could say everything with Riley in the room."), null);
        SafetyFlag flag = intakeService.flagsOfCouple(robin, okonkwoLindqvist.getId()).get(0);
        intakeService.decide(robin, flag.getId(), "Talked with Casey alone: no violence or threats; fear of raised voices."
                + " One individual session each first, a safety plan agreed with Casey, then joint sessions with a"
                + " time-out rule. Reveal-together homework only after that.", appointmentService.today(robin));
    }

    /**
     * Rivera &amp; Chen's progress notes: the session of three weeks ago signed, with an addendum; the last one a draft.
     */
    private void notes(Actor robin, Couple riveraChen) {
        List<org.rebuildtrust.appointments.Appointment> held = appointmentService.ofCouple(robin, riveraChen.getId()).stream()
                .filter(a -> a.getStatus() == org.rebuildtrust.appointments.AppointmentStatus.HELD).toList();
        long last = held.get(0).getId();
        long earlier = held.get(1).getId();
        noteService.saveDraft(robin, earlier, "Both attended. Alex described the letter he wrote; Jordan said it was a"
                + " start but that she still hears excuses.", "Acknowledgement is developing; Jordan's trust is low but"
                + " she engages.", "Fortnightly joint sessions; the transparency agreement as homework.", null);
        noteService.sign(robin, earlier, null);
        noteService.addAddendum(robin, earlier, "Correction: the letter was given before the session, not during it.");
        noteService.saveDraft(robin, last, "Both attended. A calm talk about the hard week.", null, null, null);
    }

    /**
     * The practice's secrets policy (limited secrets), signed by Alex, Casey and Riley, and by Quinn and Avery; Jordan
     * has not signed yet, so Rivera &amp; Chen's new joint homework waits for him.
     */
    private void secretsPolicy(Actor admin, List<Actor> signing) {
        policyService.publish(admin, """
                What happens with something one of you tells your therapist alone

                Individual conversations are part of couples work. Your therapist will not keep a secret that works \
                against the couple's work together: an ongoing affair, or anything that puts one of you at risk. If you \
                share something like that, your therapist will help you find a way and a time to tell your partner \
                yourself, usually within a few weeks, and will not go on with joint sessions while it stays hidden.

                Other things you say in private (feelings you are still sorting out, your own past) stay private unless \
                you choose to share them. Your therapist will tell you before anything you said is raised in a joint \
                session.

                Safety always comes first: if someone is in danger, your therapist acts on it.""");
        for (Actor partner : signing) {
            Partner own = coupleService.findOwnPartner(partner);
            policyService.sign(partner, policyService.current(partner).orElseThrow().getId(), own.getFullName());
        }
    }

    private void book(Actor therapist, Couple couple, LocalDate day, int hour, Long individualPartnerId, String place,
                      Cadence cadence, Integer count) {
        AppointmentRequest booking = new AppointmentRequest();
        booking.setDay(day);
        booking.setStart(java.time.LocalTime.of(hour, 0));
        booking.setEnd(java.time.LocalTime.of(hour, 50));
        booking.setPlace(place);
        if (individualPartnerId != null) {
            booking.setKind(AppointmentKind.INDIVIDUAL);
            booking.setPartnerId(individualPartnerId);
        }
        booking.setCadence(cadence);
        booking.setCount(count);
        appointmentService.schedule(therapist, couple.getId(), booking, false);
    }

    /** A template written by the practice itself, so the library shows its own next to the built-in ones. */
    private void practiceTemplate(Actor robin) {
        Template draft = Template.draft();
        draft.setTitle("Small repairs this week");
        draft.setStep(Step.REBUILDING_EMOTIONAL_CONNECTION);
        draft.setPurpose("Trust grows back in small, ordinary moments; this notices them while they are fresh.");
        draft.setInstructions("Think back over the last seven days. Answer on your own, in a few sentences each.");
        draft.getPrompts().get(0).setQuestion("When this week did your partner do something that helped you feel a little safer?");
        draft.getPrompts().get(1).setQuestion("What did you do this week to make a small repair, and how was it received?");
        libraryService.create(robin, draft);
    }

    private void homework(Actor robin, Couple first, Actor alex, Actor jordan, Couple second, Actor casey) {
        LocalDate today = LocalDate.now(clock);
        Assignment talking = give(robin, first, 1, Assignee.EACH_PARTNER, Visibility.REVEAL_TOGETHER, today.plusDays(2),
                "Take your time with this one; we will talk about it together next session.").get(0);
        submit(alex, talking, "I want us to be able to talk about what happened without it turning into a fight.");
        submit(jordan, talking, "I need to understand how it started, even when the answers are hard to hear.");
        Answer alexs = talking.getAnswers().get(0);
        homeworkService.giveFeedback(robin, alexs.getId(), "Thank you for writing so openly, Alex. Let's start there on Tuesday.");

        Assignment needs = give(robin, first, 2, Assignee.EACH_PARTNER, Visibility.PRIVATE, today.plusDays(5), null).get(0);
        draft(jordan, needs, "Knowing where you are in the evenings");
        give(robin, first, 10, Assignee.ONE_PARTNER, Visibility.SHARED, today.plusDays(9), null, first.partnerA());
        AssignmentRequest checkIns = request(12, Assignee.EACH_PARTNER, Visibility.SHARED, today.plusDays(1), null);
        checkIns.setRecurrence(AssignmentRequest.Recurrence.WEEKLY);
        checkIns.setRepeatUntil(today.plusDays(1 + 7 * 5));
        homeworkService.assign(robin, first.getId(), checkIns);

        sessionService.savePrepNote(robin, first.getId(),
                "Ask Jordan about the hard week and the email from the former colleague. Notice the gap on transparency.",
                null);
        checkInService.checkIn(alex, new CheckIn.Ratings(6, 7, 5, 6, "A calmer week; the evening walks help."));
        checkInService.checkIn(jordan, new CheckIn.Ratings(3, 4, 5, 5, null));
        Milestone laughed = milestoneService.log(jordan, MilestoneKind.SHARED_LAUGHTER, today.minusDays(2),
                "We laughed about the tent collapsing on our first camping trip, like we used to.");
        milestoneService.reply(alex, laughed.getId(), "I had missed that laugh.");

        Assignment agreements = give(robin, second, 3, Assignee.TOGETHER, Visibility.SHARED, today.plusDays(6), null).get(0);
        draft(casey, agreements, "No contact with the former colleague, in any form");
        Assignment openly = give(robin, second, 1, Assignee.EACH_PARTNER, Visibility.REVEAL_TOGETHER, today.plusDays(3), null).get(0);
        submit(casey, openly, "I keep replaying the night I found out. I want us to be able to name it.");
    }

    private List<Assignment> give(Actor therapist, Couple couple, long templateId, Assignee assignee, Visibility visibility,
                                  LocalDate due, String instructions, Partner... onlyPartner) {
        AssignmentRequest request = request(templateId, assignee, visibility, due, instructions);
        if (onlyPartner.length > 0) {
            request.setPartnerId(onlyPartner[0].getId());
        }
        return homeworkService.assign(therapist, couple.getId(), request);
    }

    private static AssignmentRequest request(long templateId, Assignee assignee, Visibility visibility, LocalDate due,
                                             String instructions) {
        AssignmentRequest request = new AssignmentRequest();
        request.setTemplateId(templateId);
        request.setAssignee(assignee);
        request.setVisibility(visibility);
        request.setDueDate(due);
        request.setPersonalInstructions(instructions);
        return request;
    }

    /** Answers every prompt plausibly (the first text prompt with the given words) and submits. */
    private void submit(Actor partner, Assignment assignment, String words) {
        AnswerSheet sheet = homeworkService.sheet(partner, assignment.getId());
        Map<Long, String> values = new HashMap<>();
        boolean first = true;
        for (Prompt prompt : sheet.assignment().getTemplate().getPrompts()) {
            values.put(prompt.getId(), switch (prompt.getKind()) {
                case TEXT -> first ? words : "I am still thinking about this, and I want to keep talking about it.";
                case SCALE -> "6";
                case YES_NO -> "yes";
                case DATE -> LocalDate.now(clock).toString();
                case CHECKLIST -> prompt.optionList().get(0);
                case LIST -> "Talk every evening for ten minutes\nNo phones at dinner";
            });
            first = first && prompt.getKind() != PromptKind.TEXT;
        }
        homeworkService.submit(partner, sheet.mine().getId(), values, Map.of());
    }

    private void draft(Actor partner, Assignment assignment, String words) {
        AnswerSheet sheet = homeworkService.sheet(partner, assignment.getId());
        Prompt firstPrompt = sheet.assignment().getTemplate().getPrompts().get(0);
        homeworkService.saveDraft(partner, sheet.mine().getId(), Map.of(firstPrompt.getId(), words), Map.of());
    }

    private Couple couple(Actor admin, Therapist therapist, String label, CoupleStatus status, InfidelityKind kind,
                          LocalDate discovered, LocalDate started,
                          String nameA, String emailA, RecoveryRole roleA,
                          String nameB, String emailB, RecoveryRole roleB) {
        Couple couple = Couple.draft(started);
        couple.setLabel(label);
        couple.setStatus(status);
        couple.setInfidelityKind(kind);
        couple.setDiscoveryDate(discovered);
        if (status == CoupleStatus.CLOSED) {
            couple.setClosingDate(started.plusMonths(10));
        }
        fill(couple.partnerA(), nameA, emailA, roleA);
        fill(couple.partnerB(), nameB, emailB, roleB);
        Couple created = coupleService.create(admin, couple, therapist.getId());
        // a couple without a replayed history was last active when admitted (or closed), not when the demo loaded
        LocalDate lastDay = status == CoupleStatus.CLOSED ? couple.getClosingDate() : started;
        Instant admitted = lastDay.atTime(10, 0).atZone(clock.getZone()).toInstant();
        coupleService.recordActivityAt(created, admitted.isAfter(clock.instant()) ? clock.instant() : admitted);
        return created;
    }

    private static void fill(Partner partner, String name, String email, RecoveryRole role) {
        partner.setFullName(name);
        partner.setEmail(email);
        partner.setRecoveryRole(role);
    }

    private Actor[] portalLogins(Actor admin, Couple couple, String loginA, String loginB) {
        Partner a = coupleService.givePortalLogin(admin, couple.getId(), couple.partnerA().getId(), loginA, PASSWORD);
        Partner b = coupleService.givePortalLogin(admin, couple.getId(), couple.partnerB().getId(), loginB, PASSWORD);
        em.flush();
        return new Actor[]{Actor.of(a.getAccount()), Actor.of(b.getAccount())};
    }

    /** The demo logins, printed at start-up, with the port the server really listens on. */
    static String loginBanner(int port) {
        return """

                ================================================================
                 Rebuild demo is running: http://localhost:%d/
                 Every demo login's password: %s
                   admin                     practice admin
                   robin, sam                therapists
                   alex, jordan              partners (Rivera & Chen, Dr. Vale)
                   casey, riley              partners sharing one email address
                   quinn, avery              partners (Moreau & Haddad, S. Okafor)
                 (lee is a deactivated therapist and cannot sign in)
                 All names and data are synthetic.
                ================================================================
                """.formatted(port, PASSWORD);
    }
}
