package org.rebuildtrust.report;

import org.rebuildtrust.shared.BusinessRuleException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The days a report covers, both included. At most five years, never ending before it starts. */
public record ReportPeriod(LocalDate from, LocalDate to) implements Serializable {

    public static final long MAX_DAYS = 5 * 366;

    public ReportPeriod {
        if (from == null) {
            throw new BusinessRuleException("report.error.from", "from");
        }
        if (to == null) {
            throw new BusinessRuleException("report.error.to", "to");
        }
        if (to.isBefore(from)) {
            throw new BusinessRuleException("report.error.order", "to");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw new BusinessRuleException("report.error.tooLong", "from");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
