package org.rebuildtrust.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of form keeps what people type, character for character: accents, Chinese, Hebrew and Arabic, emoji.
 * Each text goes in through its own form (as a person types or pastes it) and is read back where others see it: on
 * the therapist's pages, in the progress report's CSV and PDF, and in the couple's data export. (Couple creation,
 * invitations and passwords are in {@link TypedTextIT}; joint answers in {@link JointAnswerIT}.)
 */
@org.junit.jupiter.api.Order(4) // early: among the longest browser classes (see AccessibilityIT)
class EveryFormIT extends BrowserTestSupport {

    @Test
    void textFromEveryFormIsStoredAndShownAsTypedAndReadBackInTheReportAndTheExport() throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String world = TypedTextIT.WORLD + " " + run;
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Every form");

        // The couple's edit form (AJAX) keeps a new summary as typed.
        String summary = "Résumé: " + world;
        openCouple(robin, couple);
        robin.clickAjax("coupleForm:edit");
        robin.type("coupleForm:summary", summary);
        robin.clickAjax("coupleForm:save");
        assertEquals(summary, robin.byId("coupleSummary").getText());

        // A check-in note, a milestone and its reply.
        String checkInNote = "Semaine difficile — 艰难的一周 — שבוע קשה " + run + " 😔";
        Browser hurt = signedIn(couple.loginB(), PARTNER_PASSWORD);
        hurt.open("/portal/checkin.xhtml");
        for (String measure : new String[] {"trust", "safety", "connection", "communication"}) {
            hurt.driver().findElements(By.cssSelector("[id='checkInForm:" + measure + "'] label")).get(5).click();
        }
        hurt.type("checkInForm:note", checkInNote);
        hurt.clickAjax("checkInForm:save");
        assertTrue(hurt.pageText().contains("Your check-in for this week is saved."), hurt.pageText());

        String milestone = "Paseo juntos 🌅 " + world;
        String reply = "شكرا — תודה — 谢谢 " + run + " 💛";
        Browser involved = signedIn(couple.loginA(), PARTNER_PASSWORD);
        involved.open("/portal/milestones.xhtml");
        involved.type("milestoneForm:words", milestone);
        involved.choose("milestoneForm:kind", "Shared laughter");
        involved.clickAjax("milestoneForm:log");
        assertTrue(involved.pageText().contains("Your milestone is logged"), involved.pageText());
        hurt.open("/portal/milestones.xhtml");
        WebElement logged = hurt.all(By.cssSelector("article.rb-milestone")).stream()
                .filter(m -> m.getText().contains(milestone)).findFirst().orElseThrow(() -> new AssertionError(hurt.pageText()));
        WebElement replyBox = logged.findElement(By.cssSelector("input[id$=':reply']"));
        hurt.type(replyBox.getAttribute("id"), reply);
        logged.findElement(By.cssSelector(".rb-send-reply")).click();
        hurt.waitForAjax();

        // Accountability: the involved partner's action and the hurt partner's comment.
        String action = "Compartí mi calendario 📅 " + world;
        involved.open("/portal/accountability.xhtml");
        involved.choose("accountabilityForm:step", "Provide transparency");
        involved.type("accountabilityForm:text", action);
        involved.clickAjax("accountabilityForm:recordEvidence");
        assertTrue(involved.pageText().contains("Your action is recorded."), involved.pageText());
        String comment = "Ça aide — זה עוזר " + run + " 🙏";
        hurt.open("/portal/accountability.xhtml");
        hurt.choose("accountabilityForm:step", "Provide transparency");
        hurt.driver().findElements(By.cssSelector("[id='accountabilityForm:rating'] label")).get(4).click();
        hurt.type("accountabilityForm:text", comment);
        hurt.clickAjax("accountabilityForm:rateAsHurt");
        assertTrue(hurt.pageText().contains("Your rating is saved."), hurt.pageText());

        // The therapist reads each of them as typed.
        openCouple(robin, couple);
        assertTrue(robin.byId("checkIns").getText().contains(checkInNote), robin.byId("checkIns").getText());
        String milestones = robin.byId("milestones").getText();
        assertTrue(milestones.contains(milestone) && milestones.contains(reply), milestones);
        robin.open("/therapist/couples/accountability.xhtml?couple=" + coupleId(couple));
        assertTrue(robin.pageText().contains(action) && robin.pageText().contains(comment), robin.pageText());

        // The session preparation note (a full-page post).
        String prepNote = "Preguntar por el viaje ✈️ — לשאול על הנסיעה — " + world;
        robin.open("/therapist/couples/review.xhtml?couple=" + coupleId(couple));
        robin.type("prepNoteForm:prepNote", prepNote);
        robin.clickAjax("prepNoteForm:savePrepNote");
        robin.open("/therapist/couples/review.xhtml?couple=" + coupleId(couple));
        assertEquals(prepNote, robin.valueOf("prepNoteForm:prepNote"));

        // The progress report: the CSV and the PDF keep every character; emoji, which no PDF font here can draw,
        // are printed by name.
        robin.open("/therapist/couples/report.xhtml?couple=" + coupleId(couple));
        String csv = new String(robin.submitForDownload("reportForm", "reportForm:downloadCsv").body(), StandardCharsets.UTF_8);
        assertTrue(csv.contains(checkInNote), csv);
        byte[] pdfBytes = robin.submitForDownload("reportForm", "reportForm:downloadPdf").body();
        java.nio.file.Files.write(java.nio.file.Path.of("target/every-form-report.pdf"), pdfBytes); // to look at by eye
        String pdf = pdfText(pdfBytes);
        for (String part : new String[] {"Semaine difficile", "שבוע קשה", "Compartí mi calendario", "Zoë Müller-García",
                "שלום", "مرحبا", "[seedling]", couple.nameB(), "Ça aide", "Period: " + shown(java.time.LocalDate.now())}) {
            assertTrue(pdf.contains(part), () -> "the PDF lacks \"" + part + "\": " + pdf);
        }
        String unbroken = pdf.replace(" ", ""); // Chinese wraps at any character, where the text reader adds a space
        for (String part : new String[] {"王小明", "艰难的一周", "谢谢"}) {
            assertTrue(unbroken.contains(part), () -> "the PDF lacks \"" + part + "\": " + pdf);
        }

        // The couple's data export holds each text as typed.
        openCouple(robin, couple);
        String export = exportText(robin.submitForDownload("exportForm", "exportForm:exportAll").body());
        for (String typed : new String[] {summary, checkInNote, milestone, reply, action, comment}) {
            assertTrue(export.contains(typed), () -> "the export lacks \"" + typed + "\"");
        }

        // The template editor (full-page save) and the admin's therapist form.
        String title = "Cartas 💌 " + world;
        robin.open("/therapist/library/index.xhtml");
        robin.all(By.cssSelector("article.rb-template")).stream()
                .filter(c -> c.getText().startsWith("Thinking about forgiveness")).findFirst().orElseThrow()
                .findElement(By.cssSelector(".rb-copy a")).click();
        robin.waitForAjax();
        robin.type("templateForm:title", title);
        robin.clickAndWaitForPage("templateForm:save");
        assertTrue(robin.all(By.cssSelector(".rb-template-title")).stream().anyMatch(t -> t.getText().equals(title)),
                robin.pageText());

        String displayName = "Dr. Zoë Šimková 王医生 " + run;
        Browser admin = signedIn("admin", DEMO_PASSWORD);
        admin.open("/admin/therapists.xhtml");
        admin.type("therapistForm:displayName", displayName);
        admin.type("therapistForm:loginName", "zs" + run);
        admin.type("therapistForm:email", "zs" + run + "@example.test");
        admin.type("therapistForm:password", "a long enough password " + run);
        admin.clickAjax("therapistForm:create");
        admin.open("/admin/therapists.xhtml");
        assertTrue(admin.pageText().contains(displayName), admin.pageText());
    }

    private static String coupleId(OwnCouple couple) {
        return couple.page().replaceAll(".*[?&]id=(\\d+).*", "$1");
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String exportText(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                all.append(new String(entries.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
