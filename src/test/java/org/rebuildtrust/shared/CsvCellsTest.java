package org.rebuildtrust.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @Test
    void cellsASpreadsheetWouldRunAreDefusedAndOthersLeftAlone() {
        assertEquals("'=1+1", CsvCells.defused("=1+1"));
        assertEquals("'+SUM(A1)", CsvCells.defused("+SUM(A1)"));
        assertEquals("'-2+3", CsvCells.defused("-2+3"));
        assertEquals("'@cmd", CsvCells.defused("@cmd"));
        assertEquals("'\t=1", CsvCells.defused("\t=1"));
        assertEquals("A calm week = good", CsvCells.defused("A calm week = good"));
        assertEquals("7", CsvCells.defused("7"));
        assertEquals("", CsvCells.defused(""));
        assertEquals("", CsvCells.defused(null));
        assertEquals("7", CsvCells.defused(7));
    }
}
