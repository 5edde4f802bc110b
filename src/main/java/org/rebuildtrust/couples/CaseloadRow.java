package org.rebuildtrust.couples;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One line of the caseload table, read in the same statement as all the others. */
public record CaseloadRow(long id, String label, String partnerAName, String partnerBName, CoupleStatus status,
                          LocalDate startDate, Instant lastActivityAt, String therapistName) implements Serializable {
}
