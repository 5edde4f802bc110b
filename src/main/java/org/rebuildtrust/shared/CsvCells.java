package org.rebuildtrust.shared;

/** Cells of the CSV files the application writes, made safe to open in a spreadsheet. */
public final class CsvCells {

    private CsvCells() {
    }

    /**
     * A cell a spreadsheet will show as text, never run: one starting with =, +, -, @ (or a tab or carriage return,
     * which some spreadsheets skip before looking) gets a leading apostrophe. Null becomes an empty cell.
     */
    public static String defused(Object value) {
        String cell = value == null ? "" : value.toString();
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
