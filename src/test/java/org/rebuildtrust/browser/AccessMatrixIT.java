package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, tried by every kind of caller, against one declared table. Rivera &amp; Chen (Dr. Vale's, "robin") is
 * the couple in question: Sam Okafor is another therapist, Alex and Jordan its partners, Casey a partner of another
 * couple. A page added to the application without a row here fails {@link #everyPageHasARow}.
 */
class AccessMatrixIT extends BrowserTestSupport {

    /** What a caller gets: the page, the not-found page (also for a wrong role), or the way to sign in. */
    enum Outcome { PAGE, NOT_FOUND, SIGN_IN }

    private static final Outcome P = Outcome.PAGE;
    private static final Outcome N = Outcome.NOT_FOUND;
    private static final Outcome S = Outcome.SIGN_IN;

    /** The callers, in the order of each row's outcomes. */
    private static final List<String> CALLERS = List.of("anonymous", "admin", "robin", "sam", "alex", "jordan", "casey");

    /**
     * The declared table: page (with {couple}, {assignment} and {alexsOwnAssignment} standing for Rivera &amp; Chen's
     * ids) → outcome for anonymous, admin, the couple's therapist, another therapist, partner A, partner B, and
     * another couple's partner.
     */
    private static final Map<String, List<Outcome>> MATRIX = new LinkedHashMap<>();

    static {
        row("/login.xhtml", P, P, P, P, P, P, P);
        row("/welcome.xhtml?token=not-a-real-invitation", P, P, P, P, P, P, P);
        row("/forgot.xhtml", P, P, P, P, P, P, P);
        row("/reset.xhtml?token=not-a-real-link", P, P, P, P, P, P, P);
        row("/accessibility.xhtml", P, P, P, P, P, P, P);
        row("/account/password.xhtml", S, P, P, P, P, P, P);
        row("/account/two-factor.xhtml", S, P, P, P, P, P, P);
        // reminder choices are a therapist's or a partner's: an admin gets no reminders
        row("/account/reminders.xhtml", S, N, P, P, P, P, P);
        row("/therapist/caseload.xhtml", S, P, P, P, N, N, N);
        row("/therapist/couples/new.xhtml", S, P, P, P, N, N, N);
        row("/therapist/couples/couple.xhtml?id={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/review.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/accountability.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/report.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/assign.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/assignment.xhtml?id={assignment}", S, P, P, N, N, N, N);
        row("/therapist/calendar.xhtml", S, P, P, P, N, N, N);
        row("/therapist/couples/appointments.xhtml?couple={couple}", S, P, P, N, N, N, N);
        row("/therapist/couples/appointments.xhtml?couple={couple}&appointment={appointment}", S, P, P, N, N, N, N);
        row("/therapist/couples/note.xhtml?appointment={heldAppointment}", S, P, P, N, N, N, N);
        row("/therapist/library/index.xhtml", S, P, P, P, N, N, N);
        row("/therapist/library/template.xhtml", S, P, P, P, N, N, N);
        row("/therapist/library/program.xhtml", S, P, P, P, N, N, N);
        row("/therapist/library/preview.xhtml?id=1", S, P, P, P, N, N, N);
        row("/portal/home.xhtml", S, N, N, N, P, P, P);
        row("/portal/checkin.xhtml", S, N, N, N, P, P, P);
        row("/portal/milestones.xhtml", S, N, N, N, P, P, P);
        row("/portal/accountability.xhtml", S, N, N, N, P, P, P);
        row("/portal/report.xhtml", S, N, N, N, P, P, P);
        row("/portal/answer.xhtml?id={alexsOwnAssignment}", S, N, N, N, P, N, N);
        row("/portal/intake.xhtml", S, N, N, N, P, P, P);
        row("/portal/policy.xhtml", S, N, N, N, P, P, P);
        row("/admin/therapists.xhtml", S, P, N, N, N, N, N);
        row("/admin/accounts.xhtml", S, P, N, N, N, N, N);
        row("/admin/audit.xhtml", S, P, N, N, N, N, N);
        row("/admin/outbox.xhtml", S, P, N, N, N, N, N);
        row("/admin/policy.xhtml", S, P, N, N, N, N, N);
    }

    /** Pages that only send the caller elsewhere: not in the table, checked on their own. */
    private static final Set<String> REDIRECTS_ONLY = Set.of("/index.xhtml");

    private static void row(String page, Outcome... outcomes) {
        MATRIX.put(page, List.of(outcomes));
    }

    /**
     * What a caller gets from an action of a page (a button, link, poll, remote command or AJAX behaviour): the page
     * offers the control and answers its requests; for a download, the file; the page without the control; the
     * not-found or expired page, however the request is made; or the way to sign in.
     */
    enum ActionOutcome { OFFERED, DOWNLOAD, HIDDEN, REFUSED, SIGN_IN_FIRST, SERVER_ERROR }

    private static final ActionOutcome OF = ActionOutcome.OFFERED;
    private static final ActionOutcome DL = ActionOutcome.DOWNLOAD;
    private static final ActionOutcome HI = ActionOutcome.HIDDEN;
    private static final ActionOutcome RE = ActionOutcome.REFUSED;
    private static final ActionOutcome SI = ActionOutcome.SIGN_IN_FIRST;

    /** The layout template, whose actions are on every signed-in page. */
    private static final String LAYOUT = "/WEB-INF/templates/layout.xhtml";

    /** How a control sends its request: AJAX, a full-page POST, or a full-page POST answered with a file. */
    enum Sending { AJAX, FULL_POST, DOWNLOAD }

    /**
     * One action: the page that defines it, the page it is tried on, the client id of its control (a pattern: rows
     * of tables and repeats are numbered), the AJAX event for a behaviour of an input, how it is sent, and the outcome
     * for each caller.
     */
    private record ActionRow(String definedIn, String tryAt, String control, String event, Sending sending,
                             List<ActionOutcome> outcomes) {
        String key() {
            return definedIn + " " + control + (event == null ? "" : " on " + event);
        }
    }

    /** The declared table of actions; same callers, same placeholders as the pages'. */
    private static final List<ActionRow> ACTIONS = new ArrayList<>();

    static {
        fullPost("/login.xhtml", "loginForm:signIn", OF, OF, OF, OF, OF, OF, OF);
        fullPost("/login.xhtml", "codeForm:verify", HI, HI, HI, HI, HI, HI, HI);
        fullPost("/login.xhtml", "codeForm:cancel", HI, HI, HI, HI, HI, HI, HI);
        ajax("/welcome.xhtml?token=not-a-real-invitation", "welcomeForm:create", HI, HI, HI, HI, HI, HI, HI);
        ajax("/forgot.xhtml", "forgotForm:sendLink", OF, OF, OF, OF, OF, OF, OF);
        ajax("/reset.xhtml?token=not-a-real-link", "resetForm:setPassword", HI, HI, HI, HI, HI, HI, HI);
        ajax("/account/password.xhtml", "passwordForm:change", SI, OF, OF, OF, OF, OF, OF);
        ajax("/account/two-factor.xhtml", "twoFactorForm:start", SI, OF, OF, OF, OF, OF, OF);
        ajax("/account/two-factor.xhtml", "twoFactorForm:confirm", SI, HI, HI, HI, HI, HI, HI);
        ajax("/account/two-factor.xhtml", "twoFactorForm:turnOff", SI, HI, HI, HI, HI, HI, HI);
        layout("/account/password.xhtml", "sessionWarningForm:staySignedIn", Sending.AJAX, SI, OF, OF, OF, OF, OF, OF);
        layout("/account/password.xhtml", "signOutForm:signOut", Sending.FULL_POST, SI, OF, OF, OF, OF, OF, OF);

        onChange("/therapist/caseload.xhtml", "caseloadForm:search", "keyup", SI, OF, OF, OF, RE, RE, RE);
        onChange("/therapist/caseload.xhtml", "caseloadForm:statusFilter", "change", SI, OF, OF, OF, RE, RE, RE);
        ajax("/therapist/caseload.xhtml", "caseloadForm:searchButton", SI, OF, OF, OF, RE, RE, RE);
        ajax("/therapist/caseload.xhtml", "caseloadForm:clearSearch", SI, OF, OF, OF, RE, RE, RE);
        fullPost("/therapist/couples/new.xhtml", "coupleForm:create", SI, OF, OF, OF, RE, RE, RE);

        String couple = "/therapist/couples/couple.xhtml?id={couple}";
        ajax(couple, "coupleForm:edit", SI, OF, OF, RE, RE, RE, RE);
        ajax(couple, "coupleForm:save", SI, HI, HI, RE, RE, RE, RE);
        ajax(couple, "coupleForm:cancel", SI, HI, HI, RE, RE, RE, RE);
        ajax(couple, "coupleForm:[^\":]+:\\d+:givePortalLogin", SI, HI, HI, RE, RE, RE, RE);
        ajax(couple, "coupleForm:[^\":]+:\\d+:invite", SI, HI, HI, RE, RE, RE, RE);
        ajax(couple, "coupleForm:[^\":]+:\\d+:revokeInvitation", SI, HI, HI, RE, RE, RE, RE);
        ajax(couple, "sessionForm:recordSession", SI, OF, OF, RE, RE, RE, RE);
        // Offered while a safety flag waits for a decision; Rivera & Chen have none.
        ACTIONS.add(new ActionRow("/WEB-INF/includes/couple-safety.xhtml", couple, "safetyForm:[^\":]+:\\d+:recordDecision",
                null, Sending.AJAX, List.of(SI, HI, HI, RE, RE, RE, RE)));
        // Offered for a partner whose intake is sent: Alex's, of Rivera & Chen.
        ACTIONS.add(new ActionRow("/WEB-INF/includes/couple-intake.xhtml", couple, "intakeForm:[^\":]+:\\d+:showIntake",
                null, Sending.AJAX, List.of(SI, OF, OF, RE, RE, RE, RE)));
        // Offered only after the warning that the couple already has a session that day.
        ajax(couple, "sessionForm:recordSessionAnyway", SI, HI, HI, RE, RE, RE, RE);
        download(couple, "exportForm:exportAll", SI, DL, DL, RE, RE, RE, RE);
        ajax("/therapist/couples/couple.xhtml?id={closedCouple}", "erasureForm:erase", SI, OF, HI, RE, RE, RE, RE);
        ajax("/therapist/couples/review.xhtml?couple={couple}", "prepNoteForm:savePrepNote", SI, OF, OF, RE, RE, RE, RE);
        String appointments = "/therapist/couples/appointments.xhtml?couple={couple}";
        ajax(appointments, "bookForm:bookButton", SI, OF, OF, RE, RE, RE, RE);
        // Offered only after the warning that the booking overlaps another appointment.
        ajax(appointments, "bookForm:bookAnyway", SI, HI, HI, RE, RE, RE, RE);
        String openAppointment = appointments + "&appointment={appointment}";
        ajax(openAppointment, "changeForm:move", SI, OF, OF, RE, RE, RE, RE);
        ajax(openAppointment, "changeForm:moveAnyway", SI, HI, HI, RE, RE, RE, RE);
        ajax(openAppointment, "changeForm:cancelAppointment", SI, OF, OF, RE, RE, RE, RE);
        // How it went is offered once an appointment has begun; {appointment} is a coming one.
        ajax(openAppointment, "outcomeForm:markHeld", SI, HI, HI, RE, RE, RE, RE);
        ajax(openAppointment, "outcomeForm:markNoShow", SI, HI, HI, RE, RE, RE, RE);
        // {heldAppointment}: Rivera & Chen's last session, whose progress note is a draft; the admin reads, never writes
        String note = "/therapist/couples/note.xhtml?appointment={heldAppointment}";
        onChange(note, "noteForm:data", "keyup", SI, OF, OF, RE, RE, RE, RE);
        onChange(note, "noteForm:assessment", "keyup", SI, OF, OF, RE, RE, RE, RE);
        onChange(note, "noteForm:plan", "keyup", SI, OF, OF, RE, RE, RE, RE);
        ajax(note, "noteForm:saveNote", SI, HI, OF, RE, RE, RE, RE);
        ajax(note, "noteForm:signNote", SI, HI, OF, RE, RE, RE, RE);
        ajax(note, "addendumForm:addAddendum", SI, HI, HI, RE, RE, RE, RE);
        ajax(note, "psychotherapyForm:savePsychotherapyNote", SI, HI, OF, RE, RE, RE, RE);
        String calendar = "/therapist/calendar.xhtml";
        // Only the admin's calendar narrows to one therapist.
        onChange(calendar, "calendarForm:therapist", "change", SI, OF, HI, HI, RE, RE, RE);
        onChange(calendar, "calendarForm:schedule", "eventMove", SI, OF, OF, OF, RE, RE, RE);
        onChange(calendar, "calendarForm:schedule", "eventResize", SI, OF, OF, OF, RE, RE, RE);
        ajax(calendar, "calendarForm:moveAnyway", SI, HI, HI, HI, RE, RE, RE);
        ajax("/therapist/couples/accountability.xhtml?couple={couple}", "accountabilityForm:assess", SI, OF, OF, RE, RE, RE, RE);
        download("/therapist/couples/report.xhtml?couple={couple}", "reportForm:downloadPdf", SI, DL, DL, RE, RE, RE, RE);
        download("/therapist/couples/report.xhtml?couple={couple}", "reportForm:downloadCsv", SI, DL, DL, RE, RE, RE, RE);
        onChange("/therapist/couples/assign.xhtml?couple={couple}", "assignForm:kind", "change", SI, OF, OF, RE, RE, RE, RE);
        ajax("/therapist/couples/assign.xhtml?couple={couple}", "assignForm:assign", SI, OF, OF, RE, RE, RE, RE);
        // Offered only after the warning that the same homework is already open.
        ajax("/therapist/couples/assign.xhtml?couple={couple}", "assignForm:assignAnyway", SI, HI, HI, RE, RE, RE, RE);
        String assignment = "/therapist/couples/assignment.xhtml?id={assignment}";
        ajax(assignment, "reviewForm:cancelAssignment", SI, OF, OF, RE, RE, RE, RE);
        // Shifting or cancelling the rest is offered only for homework given as part of a program; this one is not.
        ajax(assignment, "reviewForm:cancelRemaining", SI, HI, HI, RE, RE, RE, RE);
        ajax(assignment, "reviewForm:moveDue", SI, OF, OF, RE, RE, RE, RE);
        ajax(assignment, "reviewForm:shift", SI, HI, HI, RE, RE, RE, RE);
        ajax(assignment, "reviewForm:[^\":]+:\\d+:markReviewed", SI, OF, OF, RE, RE, RE, RE);
        ajax(assignment, "reviewForm:[^\":]+:\\d+:reopen", SI, OF, OF, RE, RE, RE, RE);
        ajax(assignment, "reviewForm:[^\":]+:\\d+:saveFeedback", SI, OF, OF, RE, RE, RE, RE);
        ajax("/therapist/library/index.xhtml", "libraryForm:[^\":]+:\\d+:[^\":]+:\\d+:archive", SI, OF, OF, OF, RE, RE, RE);
        String editor = "/therapist/library/template.xhtml";
        onChange(editor, "templateForm:prompts:\\d+:kind", "change", SI, OF, OF, OF, RE, RE, RE);
        ajax(editor, "templateForm:prompts:\\d+:moveUp", SI, OF, OF, OF, RE, RE, RE);
        ajax(editor, "templateForm:prompts:\\d+:moveDown", SI, OF, OF, OF, RE, RE, RE);
        ajax(editor, "templateForm:prompts:\\d+:removePrompt", SI, OF, OF, OF, RE, RE, RE);
        ajax(editor, "templateForm:addPrompt", SI, OF, OF, OF, RE, RE, RE);
        ajax(editor, "templateForm:save", SI, OF, OF, OF, RE, RE, RE);
        ajax("/therapist/library/program.xhtml", "programForm:addStep", SI, OF, OF, OF, RE, RE, RE);
        ajax("/therapist/library/program.xhtml", "programForm:save", SI, OF, OF, OF, RE, RE, RE);
        // Offered only once a program has two steps; a new one has one.
        ajax("/therapist/library/program.xhtml", "programForm:[^\":]+:\\d+:removeStep", SI, HI, HI, HI, RE, RE, RE);

        fullPost("/portal/home.xhtml", "languageForm:chooseLanguage", SI, RE, RE, RE, OF, OF, OF);
        ajax("/portal/checkin.xhtml", "checkInForm:save", SI, RE, RE, RE, OF, OF, OF);
        // offered only to a partner with more than twelve weeks of check-ins; the demo's have fewer
        ajax("/portal/checkin.xhtml", "earlierForm:showEarlier", SI, RE, RE, RE, HI, HI, HI);
        // Alex and Casey have sent their intakes (a sent intake no longer changes); Jordan has not started his.
        ajax("/portal/intake.xhtml", "intakeForm:saveIntake", SI, RE, RE, RE, HI, OF, HI);
        ajax("/portal/intake.xhtml", "intakeForm:submitIntake", SI, RE, RE, RE, HI, OF, HI);
        // Alex and Casey have signed the demo's secrets policy; Jordan has not.
        ajax("/portal/policy.xhtml", "policyForm:sign", SI, RE, RE, RE, HI, OF, HI);
        download("/portal/home.xhtml", "appointmentsForm:[^\":]+:\\d+:addToCalendar", SI, RE, RE, RE, DL, DL, DL);
        String reminders = "/account/reminders.xhtml";
        ajax(reminders, "remindersForm:saveReminders", SI, RE, OF, OF, OF, OF, OF);
        ajax(reminders, "feedForm:issueFeed", SI, RE, OF, OF, HI, HI, HI);
        // Offered once the therapist has a feed; the demo's have none.
        ajax(reminders, "feedForm:revokeFeed", SI, RE, HI, HI, HI, HI, HI);
        ajax("/portal/milestones.xhtml", "milestoneForm:log", SI, RE, RE, RE, OF, OF, OF);
        ajax("/portal/milestones.xhtml", "timelineForm:[^\":]+:\\d+:sendReply", SI, RE, RE, RE, OF, OF, OF);
        // Alex is Rivera & Chen's involved partner, Jordan its hurt partner; Casey is the hurt partner of hers.
        ajax("/portal/accountability.xhtml", "accountabilityForm:recordEvidence", SI, RE, RE, RE, OF, HI, HI);
        ajax("/portal/accountability.xhtml", "accountabilityForm:rateSelf", SI, RE, RE, RE, OF, HI, HI);
        ajax("/portal/accountability.xhtml", "accountabilityForm:rateAsHurt", SI, RE, RE, RE, HI, OF, OF);
        download("/portal/report.xhtml", "reportForm:downloadPdf", SI, RE, RE, RE, DL, DL, DL);
        download("/portal/report.xhtml", "reportForm:downloadCsv", SI, RE, RE, RE, DL, DL, DL);
        String answer = "/portal/answer.xhtml?id={alexsOwnAssignment}";
        ajax(answer, "answerForm:saveDraft", SI, RE, RE, RE, OF, RE, RE);
        ajax(answer, "answerForm:submit", SI, RE, RE, RE, OF, RE, RE);
        ajax(answer, "answerForm:autosave", SI, RE, RE, RE, OF, RE, RE);
        ajax(answer, "answerForm:saveDraftNow", SI, RE, RE, RE, OF, RE, RE);

        ajax("/admin/therapists.xhtml", "therapistForm:create", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "practiceSecurityForm:saveTwoFactor", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "practiceZoneForm:saveZone", SI, OF, RE, RE, RE, RE, RE);
        onChange("/admin/outbox.xhtml", "outboxForm:status", "change", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/policy.xhtml", "policyForm:publish", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "accountsForm:accounts:\\d+:deactivate", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "accountsForm:accounts:\\d+:reactivate", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "accountsForm:accounts:\\d+:unlock", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "accountsForm:accounts:\\d+:resetPassword", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "passwordForm:setPassword", SI, HI, RE, RE, RE, RE, RE);
        ajax("/admin/accounts.xhtml", "passwordForm:cancel", SI, HI, RE, RE, RE, RE, RE);
        ajax("/admin/audit.xhtml", "auditForm:search", SI, OF, RE, RE, RE, RE, RE);
        ajax("/admin/audit.xhtml", "auditForm:verify", SI, OF, RE, RE, RE, RE, RE);
        download("/admin/audit.xhtml", "auditForm:exportCsv", SI, DL, RE, RE, RE, RE, RE);
    }

    private static String pageOf(String path) {
        return path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    }

    private static void ajax(String tryAt, String control, ActionOutcome... outcomes) {
        ACTIONS.add(new ActionRow(pageOf(tryAt), tryAt, control, null, Sending.AJAX, List.of(outcomes)));
    }

    private static void onChange(String tryAt, String control, String event, ActionOutcome... outcomes) {
        ACTIONS.add(new ActionRow(pageOf(tryAt), tryAt, control, event, Sending.AJAX, List.of(outcomes)));
    }

    private static void fullPost(String tryAt, String control, ActionOutcome... outcomes) {
        ACTIONS.add(new ActionRow(pageOf(tryAt), tryAt, control, null, Sending.FULL_POST, List.of(outcomes)));
    }

    private static void download(String tryAt, String control, ActionOutcome... outcomes) {
        ACTIONS.add(new ActionRow(pageOf(tryAt), tryAt, control, null, Sending.DOWNLOAD, List.of(outcomes)));
    }

    private static void layout(String tryAt, String control, Sending sending, ActionOutcome... outcomes) {
        ACTIONS.add(new ActionRow(LAYOUT, tryAt, control, null, sending, List.of(outcomes)));
    }

    /** A caller's page outcome, from the response to a GET. */
    private static Outcome outcomeOf(HttpCaller caller, String path) throws IOException, InterruptedException {
        return outcomeOf(caller.get(path), path);
    }

    private static Outcome outcomeOf(HttpResponse<String> response, String path) {
        if (response.uri().getPath().endsWith("/login.xhtml") && !path.startsWith("/login.xhtml")) {
            return Outcome.SIGN_IN;
        }
        if (response.statusCode() == 404 || response.body().contains("id=\"notFound\"")) {
            return Outcome.NOT_FOUND;
        }
        assertEquals(200, response.statusCode(), path);
        return Outcome.PAGE;
    }

    private static Set<String> allMatches(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** Every caller of the table, signed in (anonymous is not). */
    private Map<String, HttpCaller> signedInCallers() throws IOException, InterruptedException {
        Map<String, HttpCaller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new HttpCaller(server));
        for (String login : CALLERS.subList(1, CALLERS.size())) {
            callers.put(login, new HttpCaller(server).signIn(login, DEMO_PASSWORD));
        }
        return callers;
    }

    /**
     * The ids of Rivera &amp; Chen's records that the tables' placeholders stand for, as their pages show them:
     * {assignment} is one with an answer waiting for review, so that every review control is on its page, and
     * {closedCouple} is Dr. Vale's closed couple (only a closed couple can be erased).
     */
    private record RiveraAndChen(String couple, String assignment, String alexsOwnAssignment, String closedCouple,
                                 String appointment, String heldAppointment) {

        static RiveraAndChen of(Map<String, HttpCaller> callers) throws IOException, InterruptedException {
            HttpCaller robin = callers.get("robin");
            String couple = robin.coupleIdOnCaseload("Rivera");
            String closedCouple = robin.coupleIdOnCaseload("Kowalski");
            String toReview = null;
            for (String id : allMatches(robin.get("/therapist/couples/couple.xhtml?id=" + couple).body(), "assignment\\.xhtml\\?id=(\\d+)")) {
                if (toReview == null && robin.get("/therapist/couples/assignment.xhtml?id=" + id).body().contains(":markReviewed\"")) {
                    toReview = id;
                }
            }
            assertTrue(toReview != null, "the demo has an answer waiting for review");
            Set<String> alexs = allMatches(callers.get("alex").get("/portal/home.xhtml").body(), "answer\\.xhtml\\?id=(\\d+)");
            alexs.removeAll(allMatches(callers.get("jordan").get("/portal/home.xhtml").body(), "answer\\.xhtml\\?id=(\\d+)"));
            assertTrue(!alexs.isEmpty(), "the demo gives Alex homework of his own");
            // the first of the couple's coming appointments (the demo books weeks of them)
            String appointmentsPage = robin.get("/therapist/couples/appointments.xhtml?couple=" + couple).body();
            String appointment = allMatches(appointmentsPage.split("id=\"earlierAppointments\"")[0],
                    "appointment=(\\d+)").iterator().next();
            // the last held session: the first note link of the "earlier" list (latest first)
            Matcher held = Pattern.compile("note\\.xhtml\\?appointment=(\\d+)").matcher(appointmentsPage);
            assertTrue(held.find(), "the demo couple has held sessions");
            return new RiveraAndChen(couple, toReview, alexs.iterator().next(), closedCouple, appointment, held.group(1));
        }

        String fill(String path) {
            return path.replace("{couple}", couple).replace("{assignment}", assignment)
                    .replace("{alexsOwnAssignment}", alexsOwnAssignment).replace("{closedCouple}", closedCouple)
                    .replace("{appointment}", appointment).replace("{heldAppointment}", heldAppointment);
        }
    }

    /** Query parameters a link, form or resource of a page may carry, with the values they may have. */
    private static final Map<String, Pattern> ADDRESS_PARAMETERS = Map.of(
            "id", Pattern.compile("\\d+"),
            "couple", Pattern.compile("\\d+"),
            "appointment", Pattern.compile("\\d+"),
            "copyOf", Pattern.compile("\\d+"),
            "ln", Pattern.compile("[a-z-]+"),
            "v", Pattern.compile("[0-9.A-Za-z_-]+"),
            "e", Pattern.compile("[0-9.A-Za-z_-]+"));

    /**
     * Every address in a page (links, form targets, scripts, style sheets, images) whose query holds anything but
     * opaque ids and resource versions: clinical data must never travel in an address.
     */
    private static List<String> addressesCarryingMoreThanIds(String page) {
        List<String> offending = new ArrayList<>();
        Matcher address = Pattern.compile("(?:href|action|src)=\"[^\"?]*\\?([^\"#]*)").matcher(page);
        while (address.find()) {
            for (String parameter : address.group(1).replace("&amp;", "&").split("&")) {
                String[] pair = parameter.split("=", 2);
                Pattern allowed = ADDRESS_PARAMETERS.get(pair[0]);
                if (allowed == null || pair.length < 2 || !allowed.matcher(pair[1]).matches()) {
                    offending.add(address.group());
                }
            }
        }
        return offending;
    }

    @Test
    void everyPageHasARow() throws IOException {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> declared = MATRIX.keySet().stream().map(p -> p.contains("?") ? p.substring(0, p.indexOf('?')) : p)
                .collect(Collectors.toCollection(TreeSet::new));
        declared.addAll(REDIRECTS_ONLY);
        assertEquals(pages, declared, "every page needs a row in the access matrix");
    }

    @Test
    void eachCallerGetsExactlyWhatTheTableDeclares() throws Exception {
        Map<String, HttpCaller> callers = signedInCallers();
        RiveraAndChen ids = RiveraAndChen.of(callers);

        List<String> mismatches = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> row : MATRIX.entrySet()) {
            String path = ids.fill(row.getKey());
            for (int i = 0; i < CALLERS.size(); i++) {
                HttpResponse<String> response = callers.get(CALLERS.get(i)).get(path);
                Outcome actual = outcomeOf(response, path);
                if (actual != row.getValue().get(i)) {
                    mismatches.add(CALLERS.get(i) + " " + row.getKey() + ": declared " + row.getValue().get(i) + ", got " + actual);
                }
                for (String address : addressesCarryingMoreThanIds(response.body())) {
                    mismatches.add(CALLERS.get(i) + " " + row.getKey() + ": an address carries more than ids: " + address);
                }
            }
        }
        assertEquals(List.of(), mismatches);

        assertEquals(Outcome.SIGN_IN, outcomeOf(callers.get("anonymous"), "/index.xhtml"));
        assertTrue(callers.get("robin").get("/index.xhtml").uri().getPath().endsWith("/therapist/caseload.xhtml"));
        assertTrue(callers.get("alex").get("/index.xhtml").uri().getPath().endsWith("/portal/home.xhtml"));
    }

    // ---- Actions -------------------------------------------------------------------------------------------------

    private static final Set<String> CONTROLS = Set.of("commandButton", "commandLink", "remoteCommand", "poll");
    private static final Set<String> BEHAVIOURS = Set.of("ajax");
    private static final Set<String> FORMS = Set.of("form", "subform");
    private static final Set<String> ITERATIONS = Set.of("repeat", "dataTable", "dataList", "dataGrid", "dataView");
    /** A generated id (no id attribute) of a repeat: j_idt42 and the like. */
    private static final String GENERATED = "[^\":]+";

    /** Every action control of every page, as "defining page, client id pattern[, on event]". */
    private static Set<String> actionsInPages() throws Exception {
        Path webapp = Path.of("src", "main", "webapp");
        Set<String> found = new TreeSet<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (Stream<Path> files = Files.walk(webapp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                String page = "/" + webapp.relativize(file).toString().replace('\\', '/');
                collectActions(factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement(), List.of(), page, found);
            }
        }
        return found;
    }

    private static void collectActions(Element element, List<String> containers, String page, Set<String> found) {
        String tag = element.getTagName().substring(element.getTagName().indexOf(':') + 1);
        String id = element.getAttribute("id");
        List<String> inside = containers;
        if (FORMS.contains(tag)) {
            inside = append(containers, id.isEmpty() ? "<form without id>" : id);
        } else if (ITERATIONS.contains(tag)) {
            inside = append(containers, (id.isEmpty() ? GENERATED : id) + ":\\d+");
        }
        if (CONTROLS.contains(tag)) {
            found.add(page + " " + String.join(":", append(inside, id.isEmpty() ? "<" + tag + " without id>" : id)));
        }
        if (BEHAVIOURS.contains(tag) && element.getParentNode() instanceof Element input) {
            String event = element.getAttribute("event").isEmpty() ? "change" : element.getAttribute("event");
            String inputId = input.getAttribute("id").isEmpty() ? "<input without id>" : input.getAttribute("id");
            found.add(page + " " + String.join(":", append(containers, inputId)) + " on " + event);
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectActions(child, inside, page, found);
            }
        }
    }

    private static List<String> append(List<String> list, String item) {
        List<String> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }

    @Test
    void everyActionHasARow() throws Exception {
        Set<String> declared = ACTIONS.stream().map(ActionRow::key).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(actionsInPages(), declared, "every action needs an id and a row in the action matrix");
    }

    @Test
    void eachCallerGetsExactlyWhatTheActionTableDeclares() throws Exception {
        Map<String, HttpCaller> callers = signedInCallers();
        RiveraAndChen ids = RiveraAndChen.of(callers);
        List<String> mismatches = new ArrayList<>();
        Map<String, HttpResponse<String>> shownPages = new java.util.HashMap<>();
        for (ActionRow row : ACTIONS) {
            for (int i = 0; i < CALLERS.size(); i++) {
                ActionOutcome actual = attempt(callers.get(CALLERS.get(i)), row, ids.fill(row.tryAt()),
                        shownPages, CALLERS.get(i) + " " + ids.fill(row.tryAt()));
                if (actual != row.outcomes().get(i)) {
                    mismatches.add(CALLERS.get(i) + " " + row.key() + ": declared " + row.outcomes().get(i) + ", got " + actual);
                }
            }
        }
        assertEquals(List.of(), mismatches);
    }

    /**
     * Tries one action as one caller. When the caller is shown the page, the control must be on it: then the page's
     * own request for it is sent (a download is fetched for real; other actions are sent processing nothing, which
     * shows the view takes this caller's requests without changing the shared demo data). When the page is refused,
     * the control's request is sent anyway, to the page's address, with the view state and nonce the caller holds
     * from the refusal: it must be refused as well, and is then the same request a hand-made attack would send.
     */
    private static ActionOutcome attempt(HttpCaller caller, ActionRow row, String path,
                                         Map<String, HttpResponse<String>> shownPages, String callerAndPath)
            throws IOException, InterruptedException {
        HttpResponse<String> page = shownPages.get(callerAndPath);
        if (page == null) {
            page = caller.get(path);
        }
        ActionOutcome refused = refusalIn(page, path);
        if (refused == null) {
            // A page shown to this caller is fetched once for all its controls, as a person clicks one after another
            // on the page they have: their requests process nothing and leave the view as it was. A refused page
            // is fetched again for each control, so that no attack is answered by what an earlier one left behind.
            shownPages.put(callerAndPath, page);
            Matcher control = Pattern.compile("\"(" + row.control() + ")\"").matcher(page.body());
            if (!control.find()) {
                return ActionOutcome.HIDDEN;
            }
            if (row.sending() == Sending.DOWNLOAD) {
                return download(caller, path, page.body(), control.group(1));
            }
            HttpResponse<String> answer = caller.post(path, HttpCaller.ajaxRequest(page.body(), control.group(1), row.event(), "@none", "@none"), true);
            ActionOutcome answered = refusalIn(answer, path);
            if (answered != null) {
                return answered;
            }
            assertTrue(answer.body().contains("<partial-response"), row.key() + " answers with a partial response");
            return ActionOutcome.OFFERED;
        }
        String control = row.control().replace("\\d+", "0").replace(GENERATED, "j_idt1");
        HttpResponse<String> attack = row.sending() == Sending.AJAX
                ? caller.post(path, HttpCaller.ajaxRequest(page.body(), control, row.event(), control, "@none"), true)
                : caller.post(path, fullRequest(page.body(), control), false);
        ActionOutcome answered = refusalIn(attack, path);
        return answered == null ? ActionOutcome.OFFERED : answered;
    }

    /** The refusal a response is (or a server error, which no row may declare), or null when the page answered. */
    private static ActionOutcome refusalIn(HttpResponse<String> response, String path) {
        String body = response.body();
        if (body.contains("id=\"serverError\"")) {
            return ActionOutcome.SERVER_ERROR;
        }
        boolean toSignIn = response.uri().getPath().endsWith("/login.xhtml") && !path.startsWith("/login.xhtml")
                || body.contains("<redirect url=\"") && body.contains("login.xhtml");
        if (toSignIn) {
            return ActionOutcome.SIGN_IN_FIRST;
        }
        // The expired page reached through an exception keeps the container's status 500; its text is what counts.
        // 400: a postback refused before it ran, for want of a nonce this session was given.
        if (response.statusCode() == 400 || response.statusCode() == 403 || response.statusCode() == 404
                || body.contains("id=\"notFound\"") || body.contains("id=\"expired\"")) {
            return ActionOutcome.REFUSED;
        }
        return response.statusCode() >= 500 ? ActionOutcome.SERVER_ERROR : null;
    }

    private static Map<String, String> fullRequest(String page, String control) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(control.substring(0, control.indexOf(':')), control.substring(0, control.indexOf(':')));
        form.put(control, "");
        HttpCaller.addViewStateAndNonce(page, form);
        return form;
    }

    /** Sends the download's form as the page shows it filled in; the answer must be the file, as an attachment. */
    private static ActionOutcome download(HttpCaller caller, String path, String page, String control)
            throws IOException, InterruptedException {
        String formId = control.substring(0, control.indexOf(':'));
        Map<String, String> form = HttpCaller.formFields(page, formId);
        form.put(control, "");
        HttpCaller.addViewStateAndNonce(page, form);
        HttpResponse<String> answer = caller.post(path, form, false);
        ActionOutcome refused = refusalIn(answer, path);
        if (refused != null) {
            return refused;
        }
        String disposition = answer.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment"), control + " answers with a file, not " + disposition);
        assertTrue(!answer.body().isEmpty(), control + " sends a file with content");
        return ActionOutcome.DOWNLOAD;
    }
}
