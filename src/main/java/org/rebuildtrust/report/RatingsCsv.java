package org.rebuildtrust.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebuildtrust.accountability.AccountabilityEntry;
import org.rebuildtrust.accountability.EntryForReport;
import org.rebuildtrust.accountability.EntryKind;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.shared.CsvCells;
import org.rebuildtrust.shared.Texts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV of check-ins and accountability ratings in a period (the therapist's, or a partner's own: what reaches it is
 * already cut to its reader by the services): one line per value (date, partner,
 * source, what, value, words), the long shape spreadsheets pivot easily. Every cell that a spreadsheet would read as a
 * formula is defused ({@link CsvCells#defused}); the file starts with a byte-order mark so spreadsheets read it as UTF-8.
 */
public final class RatingsCsv {

    private RatingsCsv() {
    }

    public static byte[] write(List<CheckIn> checkIns, List<EntryForReport> entries, Texts words) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(words.get("report.csv.date"), words.get("report.csv.partner"), words.get("report.csv.source"),
                    words.get("report.csv.what"), words.get("report.csv.value"), words.get("report.csv.words"));
            for (CheckIn checkIn : checkIns) {
                String partner = checkIn.getPartner().getFullName();
                String date = checkIn.getCheckedInOn().toString();
                String source = words.get("report.csv.checkIn");
                row(csv, date, partner, source, words.get("checkIn.trust"), checkIn.getTrust(), checkIn.getNote());
                row(csv, date, partner, source, words.get("checkIn.safety"), checkIn.getSafety(), null);
                row(csv, date, partner, source, words.get("checkIn.connection"), checkIn.getConnection(), null);
                row(csv, date, partner, source, words.get("checkIn.communication"), checkIn.getCommunication(), null);
            }
            for (EntryForReport line : entries) {
                AccountabilityEntry entry = line.entry();
                if (entry.getKind() == EntryKind.EVIDENCE) {
                    continue;
                }
                String step = words.get("enum.AccountabilityStep." + entry.getStep());
                String source = words.get("report.csv.kind." + entry.getKind());
                String partner = entry.getAuthorPartner() == null
                        ? words.get("report.csv.therapist") : entry.getAuthorPartner().getFullName();
                Object value = entry.getKind() == EntryKind.ASSESSMENT
                        ? words.get("enum.Assessment." + entry.getAssessment()) : entry.getRating();
                row(csv, entry.getEntryDate().toString(), partner, source, step, value, line.text());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(CSVPrinter csv, Object... cells) throws IOException {
        List<String> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(CsvCells.defused(cell));
        }
        csv.printRecord(safe);
    }
}
