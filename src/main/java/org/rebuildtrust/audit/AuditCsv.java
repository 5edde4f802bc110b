package org.rebuildtrust.audit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rebuildtrust.shared.CsvCells;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/** Audit entries as CSV for the admin, hashes included so an exported copy can be checked against the chain. */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static byte[] write(List<AuditEntry> entries) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord("position", "occurred_at_utc", "login", "role", "action", "record_type", "record_id",
                    "couple_id", "address", "detail", "previous_hash", "hash");
            for (AuditEntry e : entries) {
                csv.printRecord(Stream.of(e.getPosition(), e.getOccurredAt(), e.getLoginName(), e.getRole(), e.getAction(),
                        e.getRecordType(), e.getRecordId(), e.getCoupleId(), e.getAddress(), e.getDetail(),
                        e.getPreviousHash(), e.getHash()).map(CsvCells::defused).toList());
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
