package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A record that is not found is an ordinary answer: one line in the log, no stack trace, and a refused try in the audit. */
class NotFoundLogIT extends BrowserTestSupport {

    @Test
    void aRecordNotFoundIsOneLogLineWithItsKindAndIdAndARefusedEntryInTheAuditTrail() throws IOException {
        Browser robin = newBrowser().signIn("robin", DEMO_PASSWORD);
        robin.open("/therapist/couples/couple.xhtml?id=987654321");
        assertTrue(robin.pageText().contains("This page does not exist, or you do not have access to it."), robin.pageText());

        List<String> log = Files.readAllLines(server.log(), StandardCharsets.UTF_8);
        assertEquals(1, log.stream().filter(l -> l.contains("Not found: Couple 987654321")).count(), String.join("\n", log));
        for (int i = 0; i < log.size() - 1; i++) {
            if (log.get(i).contains("RecordNotFoundException")) {
                String next = log.get(i + 1).strip();
                assertTrue(!next.startsWith("at ") && !next.startsWith("Caused by"),
                        () -> "no stack trace for a not-found answer:\n" + String.join("\n", log));
            }
        }

        Browser admin = newBrowser().signIn("admin", DEMO_PASSWORD);
        admin.open("/admin/audit.xhtml");
        String trail = admin.byId("results").getText();
        assertTrue(trail.contains("Refused (not found)") && trail.contains("not found: Couple 987654321"), trail);
    }
}
