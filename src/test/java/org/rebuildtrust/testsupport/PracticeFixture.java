package org.rebuildtrust.testsupport;

import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.policy.PolicyService;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerSheet;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.report.ReportService;
import org.rebuildtrust.review.CaseloadAttention;
import org.rebuildtrust.review.ReviewService;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.PasswordHasher;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.sessions.SessionService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real services wired by hand on a test database, and a practice to use them in: an admin and two therapists.
 * Names get a random suffix so that tests sharing a database never see each other's records.
 */
public final class PracticeFixture {

    public static final String PASSWORD = "fixture-password-1";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.now(CLOCK);
    /**
     * The production hasher's code at a test cost: fixtures create hundreds of accounts, and 600,000 iterations cost
     * ~0.2 s each. PasswordHasherTest proves the production cost; a server upgrades these hashes at the first sign-in.
     */
    private static final PasswordHasher HASHER = PasswordHasher.withIterations(new Pbkdf2PasswordHashImpl(), 1_024);

    /** The client address every audited action of the fixture's services is recorded with. */
    public static final String ADDRESS = "127.0.0.1";
    /** Seals TOTP secrets as a configured installation would, under a key of the tests' own. */
    public static final String TOTP_KEY = "dGVzdHMgb25seTogMzIgYnl0ZXMgb2Yga2V5IGhlcmU=";
    public static final org.rebuildtrust.security.TotpSecretCipher TOTP_CIPHER = org.rebuildtrust.security.TotpSecretCipher.of(
            TOTP_KEY, java.util.List.of());

    /** The audit chain's key in tests, as an installation keeps its own outside the database. */
    public static final org.rebuildtrust.audit.AuditKeyring AUDIT_KEYS = org.rebuildtrust.audit.AuditKeyring.of(
            "tests only: thirty-two bytes of audit key".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.util.List.of());

    public final JpaTestContext jpa;
    public final AuditTrail audit;
    public final AccountService accounts;
    public final TherapistService therapists;
    public final CoupleService couples;
    public final LibraryService library;
    public final CheckInService checkIns;
    public final HomeworkService homework;
    public final AccountabilityService accountability;
    public final MilestoneService milestones;
    public final SessionService sessions;
    public final AppointmentService appointments;
    public final IntakeService intakes;
    public final PolicyService policies;
    public final org.rebuildtrust.notes.NoteService notes;
    public final ReviewService review;
    public final CaseloadAttention attention;
    public final ReportService reports;
    public final Practice practice;
    public final Actor admin;
    public final Therapist firstTherapist;
    public final Therapist secondTherapist;
    public final Actor first;
    public final Actor second;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public PracticeFixture(JpaTestContext jpa) {
        this.jpa = jpa;
        this.audit = new AuditTrail(jpa.em(), CLOCK, () -> ADDRESS, AUDIT_KEYS);
        this.accounts = new AccountService(jpa.em(), HASHER, audit);
        this.therapists = new TherapistService(jpa.em(), accounts);
        this.couples = new CoupleService(jpa.em(), therapists, accounts, audit, CLOCK);
        this.library = new LibraryService(jpa.em());
        this.checkIns = new CheckInService(jpa.em(), couples, audit, CLOCK);
        this.homework = new HomeworkService(jpa.em(), couples, library, checkIns, audit, CLOCK);
        this.accountability = new AccountabilityService(jpa.em(), couples, homework, audit, CLOCK);
        this.milestones = new MilestoneService(jpa.em(), couples, audit, CLOCK);
        this.sessions = new SessionService(jpa.em(), couples, audit, CLOCK);
        this.appointments = new AppointmentService(jpa.em(), couples, sessions, audit, CLOCK);
        this.policies = new PolicyService(jpa.em(), couples, audit, CLOCK);
        this.notes = new org.rebuildtrust.notes.NoteService(jpa.em(), couples, audit, CLOCK);
        this.review = new ReviewService(couples, checkIns, accountability, homework, sessions, milestones, audit, CLOCK);
        this.attention = new CaseloadAttention(jpa.em(), couples, review, homework);
        this.intakes = new IntakeService(jpa.em(), couples, audit, CLOCK);
        this.reports = new ReportService(couples, accountability, checkIns, homework, milestones, intakes, CLOCK);
        this.practice = jpa.inTransaction(() -> {
            Practice created = new Practice("Practice " + suffix);
            jpa.em().persist(created);
            return created;
        });
        UserAccount adminAccount = jpa.inTransaction(() -> {
            UserAccount created = new UserAccount(practice.getId(), "admin-" + suffix, "Admin " + suffix, Role.ADMIN,
                    HASHER.hash(PASSWORD));
            jpa.em().persist(created);
            return created;
        });
        this.admin = Actor.of(adminAccount);
        this.firstTherapist = jpa.inTransaction(() -> therapists.create(admin, "First " + suffix, "first-" + suffix, PASSWORD));
        this.secondTherapist = jpa.inTransaction(() -> therapists.create(admin, "Second " + suffix, "second-" + suffix, PASSWORD));
        this.first = Actor.of(firstTherapist.getAccount());
        this.second = Actor.of(secondTherapist.getAccount());
    }

    /** Keeps the practice's calendar in a zone (it is UTC until an admin chooses). */
    public void practiceInZone(String zone) {
        jpa.inTransaction(() -> {
            jpa.em().find(Practice.class, practice.getId()).setTimeZone(zone);
            return null;
        });
    }

    public static PasswordHasher hasher() {
        return HASHER;
    }

    /** A unique label, so searches in a shared database find only this test's couples. */
    public String label(String name) {
        return name + " " + suffix;
    }

    /** A template of the first therapist's own whose every prompt asks "What would you like to say?". */
    public Template writingTemplate(String title, String instructions) {
        Template draft = Template.draft();
        draft.setTitle(title);
        draft.setStep(Step.OPEN_COMMUNICATION);
        draft.setPurpose("Writing it down");
        draft.setInstructions(instructions);
        draft.getPrompts().forEach(p -> p.setQuestion("What would you like to say?"));
        return jpa.inTransaction(() -> library.create(first, draft));
    }

    /** A valid new couple created by a therapist. */
    public Couple coupleOf(Actor therapist, String label, String partnerA, String partnerB) {
        return coupleStartedOn(TODAY.minusDays(7), therapist, label, partnerA, partnerB);
    }

    /** A valid new active couple whose therapy started on the given day. */
    public Couple coupleStartedOn(LocalDate start, Actor therapist, String label, String partnerA, String partnerB) {
        Couple draft = Couple.draft(start);
        draft.setLabel(label);
        draft.setStatus(CoupleStatus.ACTIVE);
        draft.setDiscoveryDate(TODAY.minusMonths(2));
        draft.partnerA().setFullName(partnerA);
        draft.partnerA().setEmail("a@example.test");
        draft.partnerB().setFullName(partnerB);
        draft.partnerB().setEmail("b@example.test");
        return jpa.inTransaction(() -> couples.create(therapist, draft, null));
    }

    /** A portal login for one partner, linked to them. */
    public Actor portalLoginFor(Couple couple, int seat, String loginName) {
        return jpa.inTransaction(() -> {
            Couple managed = couples.find(admin, couple.getId());
            Partner partner = seat == 1 ? managed.partnerA() : managed.partnerB();
            return Actor.of(couples.givePortalLogin(admin, couple.getId(), partner.getId(), loginName + "-" + suffix,
                    PASSWORD).getAccount());
        });
    }

    /** Answers every prompt of a partner's homework plausibly (text prompts with {@code words}) and submits it. */
    public Answer submitAnswer(Actor partner, Assignment assignment, String words) {
        return jpa.inTransaction(() -> {
            AnswerSheet sheet = homework.sheet(partner, assignment.getId());
            Map<Long, String> values = new HashMap<>();
            for (Prompt prompt : sheet.assignment().getTemplate().getPrompts()) {
                values.put(prompt.getId(), switch (prompt.getKind()) {
                    case SCALE -> "5";
                    case YES_NO -> "yes";
                    case DATE -> TODAY.toString();
                    case CHECKLIST -> prompt.optionList().get(0);
                    case LIST, TEXT -> words;
                });
            }
            homework.submit(partner, sheet.mine().getId(), values, Map.of());
            return sheet.mine();
        });
    }
}
