package org.rebuildtrust.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RatingsCsvTest {

    @Test
    void cellsASpreadsheetWouldRunAreDefusedAndOthersLeftAlone() {
        assertEquals("'=1+1", RatingsCsv.defused("=1+1"));
        assertEquals("'+SUM(A1)", RatingsCsv.defused("+SUM(A1)"));
        assertEquals("'-2+3", RatingsCsv.defused("-2+3"));
        assertEquals("'@cmd", RatingsCsv.defused("@cmd"));
        assertEquals("'\t=1", RatingsCsv.defused("\t=1"));
        assertEquals("A calm week = good", RatingsCsv.defused("A calm week = good"));
        assertEquals("7", RatingsCsv.defused("7"));
        assertEquals("", RatingsCsv.defused(""));
    }
}
