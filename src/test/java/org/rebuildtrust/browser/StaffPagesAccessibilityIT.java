package org.rebuildtrust.browser;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Every page the admin and a therapist reach, as each of them reaches it, passes {@link AccessibilityChecks} (see
 * {@link AccessibilityIT} for the visitor's and the partner's pages). A class of its own so both halves can run at
 * once on two demo servers.
 */
@Order(3)
class StaffPagesAccessibilityIT extends BrowserTestSupport {

    @Test
    void everyPageOfTheAdminAndOfATherapistHasNoWcagAOrAaViolation() throws Exception {
        AccessibilityChecks checks = new AccessibilityChecks();
        HttpCaller robinByHttp = new HttpCaller(server).signIn("robin", DEMO_PASSWORD);
        String couple = robinByHttp.coupleIdOnCaseload("Rivera");
        String assignment = HttpCaller.first(Pattern.compile("assignment\\.xhtml\\?id=(\\d+)"),
                robinByHttp.get("/therapist/couples/couple.xhtml?id=" + couple).body());
        // Okonkwo & Lindqvist: a safety flag with its decision, and a sent intake
        String flagged = robinByHttp.coupleIdOnCaseload("Okonkwo");
        String note = HttpCaller.first(Pattern.compile("(note\\.xhtml\\?appointment=\\d+)"),
                robinByHttp.get("/therapist/couples/appointments.xhtml?couple=" + couple).body());
        String appointments = "/therapist/couples/appointments.xhtml?couple=" + couple;
        String appointment = HttpCaller.first(Pattern.compile("appointment=(\\d+)"), robinByHttp.get(appointments).body());
        List<String> therapistPages = List.of("/therapist/caseload.xhtml", "/therapist/couples/new.xhtml",
                "/therapist/calendar.xhtml", appointments, appointments + "&appointment=" + appointment,
                "/therapist/couples/couple.xhtml?id=" + flagged, "/therapist/couples/" + note,
                "/therapist/couples/couple.xhtml?id=" + couple, "/therapist/couples/review.xhtml?couple=" + couple,
                "/therapist/couples/accountability.xhtml?couple=" + couple, "/therapist/couples/report.xhtml?couple=" + couple,
                "/therapist/couples/assign.xhtml?couple=" + couple, "/therapist/couples/assignment.xhtml?id=" + assignment,
                "/therapist/library/index.xhtml", "/therapist/library/template.xhtml", "/therapist/library/program.xhtml",
                "/therapist/library/preview.xhtml?id=1");
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        for (String page : AccessibilityChecks.concat(List.of("/admin/therapists.xhtml", "/admin/accounts.xhtml",
                "/admin/audit.xhtml", "/admin/outbox.xhtml", "/admin/policy.xhtml"), therapistPages, AccessibilityIT.OWN_ACCOUNT, AccessibilityIT.EVERYONE)) {
            checks.check(admin, page);
        }
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        for (String page : AccessibilityChecks.concat(therapistPages, AccessibilityIT.OWN_ACCOUNT,
                List.of("/account/reminders.xhtml"), AccessibilityIT.EVERYONE)) {
            checks.check(robin, page);
        }
        checks.assertNone();
    }
}
