package org.rebuildtrust.review;

import org.rebuildtrust.accountability.AccountabilityTable;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The rules that raise flags, as plain functions of what happened, so each threshold is tested exactly. */
public final class FlagRules {

    public static final int RATING_DROP = 3;
    public static final int VIEWS_DIFFER = 4;
    public static final int OVERDUE_HOMEWORK = 2;
    public static final int DAYS_WITHOUT_CHECK_IN = 14;

    private FlagRules() {
    }

    /** One check-in as the rules need it. */
    public record CheckInPoint(long partnerId, String partnerName, LocalDate on, int trust, int safety) {
    }

    /** One partner who is expected to check in. */
    public record Expected(long partnerId, String partnerName) {
    }

    /**
     * The flags of one couple. {@code watchingSince} (the start of therapy) stands in for the last check-in of a
     * partner who has never checked in, so a couple that started last week is not flagged for silence.
     */
    public static List<Flag> flags(List<CheckInPoint> checkIns, List<Expected> partners, List<AccountabilityTable> tables,
                                   long overdueHomework, LocalDate watchingSince, LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        Map<Long, List<CheckInPoint>> byPartner = checkIns.stream()
                .sorted(Comparator.comparing(CheckInPoint::on))
                .collect(Collectors.groupingBy(CheckInPoint::partnerId));
        for (List<CheckInPoint> own : byPartner.values()) {
            if (own.size() >= 2) {
                CheckInPoint latest = own.get(own.size() - 1);
                CheckInPoint previous = own.get(own.size() - 2);
                if (previous.trust() - latest.trust() >= RATING_DROP) {
                    flags.add(new Flag(Flag.Kind.RATING_DROP, List.of(latest.partnerName(), "trust", previous.trust(), latest.trust())));
                }
                if (previous.safety() - latest.safety() >= RATING_DROP) {
                    flags.add(new Flag(Flag.Kind.RATING_DROP, List.of(latest.partnerName(), "safety", previous.safety(), latest.safety())));
                }
            }
        }
        for (AccountabilityTable table : tables) {
            for (AccountabilityTable.Row row : table.rows()) {
                if (row.getGap() != null && row.getGap() >= VIEWS_DIFFER) {
                    flags.add(new Flag(Flag.Kind.VIEWS_DIFFER,
                            List.of(table.involvedPartner().getFullName(), row.step().name(), row.getGap())));
                }
            }
        }
        if (overdueHomework >= OVERDUE_HOMEWORK) {
            flags.add(new Flag(Flag.Kind.OVERDUE_HOMEWORK, List.of(overdueHomework)));
        }
        for (Expected partner : partners) {
            List<CheckInPoint> own = byPartner.getOrDefault(partner.partnerId(), List.of());
            LocalDate last = own.isEmpty() ? watchingSince : own.get(own.size() - 1).on();
            if (ChronoUnit.DAYS.between(last, today) >= DAYS_WITHOUT_CHECK_IN) {
                flags.add(new Flag(Flag.Kind.NO_CHECK_IN, List.of(partner.partnerName())));
            }
        }
        return flags;
    }
}
