package org.rebuildtrust.report;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrintableTextTest {

    private static final BaseFont DEJAVU = ProgressReportPdf.face("DejaVuSans.ttf");

    @Test
    void emojiTheFontCannotDrawAreNamedNotDropped() {
        assertEquals("Thank you [person with folded hands]", PrintableText.of("Thank you \uD83D\uDE4F", DEJAVU));
        assertEquals("[thumbs up sign]!", PrintableText.of("\uD83D\uDC4D\uD83C\uDFFD!", DEJAVU),
                "the skin tone belongs to the named sign");
        assertEquals("[man][woman][girl]", PrintableText.of("\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", DEJAVU),
                "a family joined by zero-width joiners is named person by person");
    }

    @Test
    void everythingTheFontDrawsIsKeptAsTyped() {
        String typed = "Zoë Müller — García & Łukasz: שלום, Привет, 1–10 · ok";
        assertEquals(typed, PrintableText.of(typed, DEJAVU));
        assertEquals("line one\nline two\ttab", PrintableText.of("line one\nline two\ttab", DEJAVU));
    }

    @Test
    void headerColumnsAreWidenedToTheirLongestWordAndTheOthersGiveWay() {
        float[] wanted = {1.3f, 1.7f, 0.8f, 0.8f, 1.1f, 1.3f, 2.8f};
        String[] headers = {"Week of", "Partner", "Trust", "Safe", "Connected", "Talking", "Note"};
        BaseFont bold = ProgressReportPdf.face("DejaVuSans-Bold.ttf");
        float[] widths = ProgressReportPdf.fittingWidths(wanted, headers, bold, 8.5f, 499, 8);
        float total = 0;
        for (int i = 0; i < widths.length; i++) {
            total += widths[i];
            for (String word : headers[i].split(" ")) {
                float needed = bold.getWidthPoint(word, 8.5f) + 8;
                int column = i;
                assertTrue(widths[i] >= needed, () -> "column " + column + " is too narrow for \"" + word + "\"");
            }
        }
        assertEquals(499, total, 0.01);
        assertTrue(499 * 1.1f / 11.8f < bold.getWidthPoint("Connected", 8.5f) + 8,
                "the wanted proportions alone would break \"Connected\"");
    }
}
