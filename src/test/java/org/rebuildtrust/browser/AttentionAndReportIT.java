package org.rebuildtrust.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The caseload's needs-attention order and marker, and the progress report downloaded by the therapist and by a
 * partner (demo data: Rivera &amp; Chen have weeks of history and a session six days ago; Okonkwo &amp; Lindqvist
 * went quiet and have overdue homework).
 */
class AttentionAndReportIT extends BrowserTestSupport {

    private static WebElement caseloadRow(Browser browser, String label) {
        return browser.all(By.cssSelector("#caseloadForm\\:couples tbody tr")).stream()
                .filter(row -> row.getText().contains(label)).findFirst().orElseThrow();
    }

    private static int attentionCount(WebElement row) {
        List<WebElement> marker = row.findElements(By.cssSelector(".rb-attention"));
        if (marker.isEmpty()) {
            return 0;
        }
        String text = marker.get(0).getText();
        return Integer.parseInt(text.substring(text.indexOf('(') + 1, text.indexOf(')')));
    }

    @Test
    void couplesThatNeedAttentionComeFirstAndTheMarkerFollowsWhatPartnersDo() {
        Browser robin = signedIn("robin", DEMO_PASSWORD).open("/therapist/caseload.xhtml");
        List<WebElement> rows = robin.all(By.cssSelector("#caseloadForm\\:couples tbody tr"));
        assertTrue(rows.get(0).getText().contains("Needs attention"), rows.get(0).getText());
        int firstQuiet = rows.stream().map(AttentionAndReportIT::attentionCount).toList().indexOf(0);
        assertTrue(firstQuiet > 0 && rows.subList(firstQuiet, rows.size()).stream().allMatch(r -> attentionCount(r) == 0),
                "every flagged couple comes before every unflagged one");
        WebElement okonkwo = caseloadRow(robin, "Okonkwo & Lindqvist (demo)");
        assertTrue(okonkwo.getText().contains("homework overdue"), okonkwo.getText());
        int before = attentionCount(okonkwo);
        assertTrue(caseloadRow(robin, "Rivera & Chen (demo)").getText().contains("views differ"));

        Browser casey = signedIn("casey", DEMO_PASSWORD);
        casey.open("/portal/checkin.xhtml");
        for (String dimension : List.of("trust", "safety", "connection", "communication")) {
            casey.driver().findElements(By.cssSelector("[id='checkInForm:" + dimension + "'] label")).get(5).click();
        }
        casey.clickAjax("checkInForm:save");
        assertTrue(casey.pageText().contains("Your check-in for this week is saved."), casey.pageText());

        robin.open("/therapist/caseload.xhtml");
        assertEquals(before - 1, attentionCount(caseloadRow(robin, "Okonkwo & Lindqvist (demo)")),
                "Casey's check-in clears the flag of her silence");
    }

    @Test
    void theTherapistAndEachPartnerDownloadTheirOwnCopyOfTheReport() throws IOException {
        Browser robin = signedIn("robin", DEMO_PASSWORD).open("/therapist/caseload.xhtml");
        robin.clickLink("Rivera & Chen (demo)");
        robin.waitForAjax();
        robin.driver().findElement(By.cssSelector("#openReport a, a#openReport")).click();
        robin.waitForAjax();
        String coupleId = java.net.URI.create(robin.driver().getCurrentUrl()).getQuery().replace("couple=", "");

        robin.type("reportForm:from", "2026-12-31");
        robin.type("reportForm:to", "2026-01-01");
        robin.clickAndWaitForPage("reportForm:downloadPdf");
        assertTrue(robin.pageText().contains("The period cannot end before it starts."), robin.pageText());
        assertEquals("2026-12-31", robin.valueOf("reportForm:from_input"), "what was typed is kept");

        robin.type("reportForm:from", java.time.LocalDate.now().minusMonths(6).toString());
        robin.type("reportForm:to", java.time.LocalDate.now().toString());
        Browser.Download pdf = robin.submitForDownload("reportForm", "reportForm:downloadPdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(pdf.disposition().startsWith("attachment"), pdf.disposition());
        String therapists = text(pdf.body());
        for (String expected : List.of("Progress report: Rivera & Chen (demo)", "Therapist's copy", "Accountability of Alex Rivera",
                "Check-ins", "Trust", "A calmer week", "Everything still feels raw.", "tent collapsing")) {
            assertTrue(therapists.contains(expected), () -> "missing \"" + expected + "\" in " + therapists);
        }
        Browser.Download csv = robin.submitForDownload("reportForm", "reportForm:downloadCsv");
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String csvText = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(csvText.contains("Jordan Chen,Check-in,Trust,3"), csvText);

        Browser admin = signedIn("admin", DEMO_PASSWORD);
        admin.open("/admin/audit.xhtml?couple=" + coupleId);
        String trail = admin.byId("results").getText();
        assertTrue(trail.contains("progress report PDF, therapist's copy"), "the download is in the audit trail: " + trail);
        assertTrue(trail.contains("check-ins and ratings CSV"), trail);
        assertTrue(admin.all(By.cssSelector(".rb-viewer")).stream().map(WebElement::getText).anyMatch(line ->
                line.matches(".*: \\d+ views?, last on [A-Z][a-z]{2} \\d{1,2}, \\d{4}.*")), admin.pageText());

        Browser jordan = signedIn("jordan", DEMO_PASSWORD);
        jordan.open("/portal/report.xhtml");
        String jordans = text(jordan.submitForDownload("reportForm", "reportForm:downloadPdf").body());
        assertTrue(jordans.contains("Copy for Jordan Chen"), jordans);
        assertTrue(jordans.contains("Everything still feels raw."), "her own check-in note");
        assertFalse(jordans.contains("A calmer week"), "Alex's check-in note is between him and the therapist");
        assertFalse(jordans.contains("Therapist's copy"));
        Browser.Download jordansCsv = jordan.submitForDownload("reportForm", "reportForm:downloadCsv");
        assertTrue(jordansCsv.contentType().startsWith("text/csv"), jordansCsv.contentType());
        String jordansRatings = new String(jordansCsv.body(), StandardCharsets.UTF_8);
        assertTrue(jordansRatings.contains("Jordan Chen,Check-in,Trust,3"), jordansRatings);
        assertFalse(jordansRatings.contains("Alex Rivera,Check-in"), "Alex's check-ins are between him and the therapist");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
