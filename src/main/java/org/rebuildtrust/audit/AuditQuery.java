package org.rebuildtrust.audit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The admin's filters over the audit trail; null means any. Days are whole days in the server's zone. */
public record AuditQuery(String loginName, Long coupleId, AuditAction action, LocalDate from, LocalDate to)
        implements Serializable {

    public AuditQuery {
        loginName = loginName == null || loginName.isBlank() ? null : loginName.strip();
    }

    Instant fromInstant(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant toInstantExclusive(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
