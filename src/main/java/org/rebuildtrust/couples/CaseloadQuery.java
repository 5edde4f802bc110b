package org.rebuildtrust.couples;

import java.util.Locale;

/**
 * What the caseload table asks for: a page, an optional sort, a status filter and free-text search.
 * Sort keys are names from a fixed list, never text that reaches the query as JPQL.
 */
public record CaseloadQuery(int first, int pageSize, SortKey sortKey, boolean descending, CoupleStatus status,
                            String search) {

    public static final int MAX_PAGE_SIZE = 100;

    public CaseloadQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE);
        sortKey = sortKey == null ? SortKey.NEEDS_ATTENTION : sortKey;
        search = search == null || search.isBlank() ? null : search.trim();
    }

    public static CaseloadQuery firstPage(int pageSize) {
        return new CaseloadQuery(0, pageSize, SortKey.NEEDS_ATTENTION, true, null, null);
    }

    /**
     * Columns the table may be sorted by, with the JPQL path each stands for. The default puts a couple whose safety
     * flag waits for the therapist's decision first, then couples with the most flags, then the most recently active;
     * couples without a coming appointment come last whichever way that column is sorted; ties of any key fall back to
     * recent activity. The default order is that of an index (V45), so the first page needs no sort of every couple.
     */
    public enum SortKey {
        NEEDS_ATTENTION("c.safetyHold DESC, ", "c.attentionCount", ""),
        LABEL("", "c.label", ""),
        STATUS("", "c.status", ""),
        START_DATE("", "c.startDate", ""),
        LAST_ACTIVITY("", "c.lastActivityAt", ""),
        NEXT_APPOINTMENT("", "c.nextAppointmentAt", " NULLS LAST");

        private final String before;
        private final String path;
        private final String after;

        SortKey(String before, String path, String after) {
            this.before = before;
            this.path = path;
            this.after = after;
        }

        /** The JPQL ORDER BY clause for this key in the given direction, with the tie-breaks. */
        String orderBy(boolean descending) {
            return " ORDER BY " + before + path + (descending ? " DESC" : " ASC") + after
                    + (this == LAST_ACTIVITY ? "" : ", c.lastActivityAt DESC") + ", c.id";
        }

        /** The key for a table column's field name, or null when the table asks for something unknown. */
        public static SortKey forField(String field) {
            if (field == null) {
                return null;
            }
            return switch (field) {
                case "label" -> LABEL;
                case "status" -> STATUS;
                case "startDate" -> START_DATE;
                case "lastActivityAt" -> LAST_ACTIVITY;
                case "attentionCount" -> NEEDS_ATTENTION;
                case "nextAppointmentAt" -> NEXT_APPOINTMENT;
                default -> null;
            };
        }
    }

    /** The search text as a LIKE pattern in which the user's % and _ match only themselves. */
    String likePattern() {
        String escaped = search.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }
}
