package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A progress note written (kept as it is typed), signed and then only amended; the psychotherapy note kept apart. */
class NoteIT extends BrowserTestSupport {

    @Test
    void aNoteIsSavedAsTypedSignedAndThenOnlyAmended() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Notes");
        // the couple's therapy started today: a session held today just after midnight (Berlin time, the demo's zone)
        bookByHttp(robin, couple, LocalDate.now(java.time.ZoneId.of("Europe/Berlin")), "00:00", "00:30");
        robin.open("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple));
        // begun and not marked yet, opened by its address: among the earlier appointments once it has ended, among the
        // coming ones while it goes on (a run in the half hour after midnight in Berlin, 23:00-23:30 UTC in winter)
        String open = robin.driver().findElement(By.cssSelector("#earlierAppointments a[href*='appointment='],"
                + " #comingAppointments a[href*='appointment=']")).getAttribute("href");
        robin.open(open.substring(open.indexOf("/therapist/")));
        robin.clickAjax("outcomeForm:markHeld");
        assertTrue(robin.pageText().contains("marked as held"), robin.pageText());
        robin.open("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple));
        robin.driver().findElement(By.cssSelector("a.rb-note-link")).click();
        robin.waitUntil(d -> d.getCurrentUrl().contains("/therapist/couples/note.xhtml"));

        String data = "Beide da. Ada sprach über die Reise — 🧳 تحدثت عن الرحلة";
        robin.type("noteForm:data", data);
        robin.waitUntil(d -> robin.byId("noteForm:savedAt").getText().contains("Draft saved")); // kept while typing
        robin.open(robin.currentPathAndQuery());
        assertEquals(data, robin.valueOf("noteForm:data"), "what was typed was kept, as typed");

        robin.type("noteForm:plan", "Weekly sessions");
        robin.clickAjax("noteForm:signNote");
        assertTrue(robin.pageText().contains("The note is signed and locked."), robin.pageText());
        assertFalse(robin.driver().findElements(By.cssSelector("[id='noteForm:signNote']")).size() > 0, "nothing left to sign");
        assertTrue(robin.driver().findElement(By.cssSelector("[id='noteForm:data']")).getAttribute("disabled") != null
                || robin.driver().findElement(By.cssSelector("[id='noteForm:data']")).getAttribute("class").contains("ui-state-disabled"),
                "the signed text can no longer be edited");

        robin.type("addendumForm:addendum", "Correction: it was Hal who spoke of the trip.");
        robin.clickAjax("addendumForm:addAddendum");
        assertTrue(robin.byId("addenda").getText().contains("Correction: it was Hal who spoke of the trip."), robin.pageText());

        robin.type("psychotherapyForm:psychotherapyNote", "My own thought, for me only");
        robin.clickAjax("psychotherapyForm:savePsychotherapyNote");
        assertTrue(robin.pageText().contains("Your psychotherapy note is saved."), robin.pageText());

        // the admin reads the progress note, never the psychotherapy note
        HttpCaller admin = new HttpCaller(server).signIn("admin", DEMO_PASSWORD);
        String page = admin.get(robin.currentPathAndQuery()).body();
        assertTrue(page.contains("Correction: it was Hal who spoke of the trip."), "the addendum");
        assertFalse(page.contains("My own thought"), "the psychotherapy note is its writer's alone");
    }
}
