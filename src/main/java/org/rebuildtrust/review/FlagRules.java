package org.rebuildtrust.review;

import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.checkins.CheckIn;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The rules that raise flags, as plain functions of what happened, so each threshold is tested exactly. */
public final class FlagRules {

    public static final int RATING_DROP = 3;
    public static final int VIEWS_DIFFER = 4;
    public static final int OVERDUE_HOMEWORK = 2;
    public static final int DAYS_WITHOUT_CHECK_IN = 14;
    /** How far apart the two partners' ratings of one dimension in the same week must be to raise a flag. */
    public static final int CHECK_INS_DIVERGE = 4;

    private FlagRules() {
    }

    /** One check-in as the rules need it. */
    public record CheckInPoint(long partnerId, String partnerName, LocalDate on, int trust, int safety, int connection,
                               int communication) {

        /** A check-in whose connection and communication ratings play no part in a test. */
        public CheckInPoint(long partnerId, String partnerName, LocalDate on, int trust, int safety) {
            this(partnerId, partnerName, on, trust, safety, 5, 5);
        }

        LocalDate week() {
            return CheckIn.weekOf(on);
        }

        /** The ratings by the dimension names of the bundle's {@code flag.dimension.*} keys, in the check-in's order. */
        Map<String, Integer> ratings() {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            ratings.put("trust", trust);
            ratings.put("safety", safety);
            ratings.put("connection", connection);
            ratings.put("communication", communication);
            return ratings;
        }
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
        flags.addAll(divergence(byPartner, today));
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

    /**
     * The two partners' ratings in the latest week both checked in, one flag per dimension at least
     * {@link #CHECK_INS_DIVERGE} apart. A week that ended {@link #DAYS_WITHOUT_CHECK_IN} days ago or more is history,
     * not news: silence since then is the other rule's to flag.
     */
    private static List<Flag> divergence(Map<Long, List<CheckInPoint>> byPartner, LocalDate today) {
        if (byPartner.size() != 2) {
            return List.of();
        }
        Iterator<List<CheckInPoint>> partners = byPartner.values().iterator();
        Map<LocalDate, CheckInPoint> first = latestPerWeek(partners.next());
        Map<LocalDate, CheckInPoint> second = latestPerWeek(partners.next());
        Optional<LocalDate> sharedWeek = first.keySet().stream().filter(second::containsKey).max(Comparator.naturalOrder());
        if (sharedWeek.isEmpty()
                || ChronoUnit.DAYS.between(sharedWeek.get().plusDays(6), today) >= DAYS_WITHOUT_CHECK_IN) {
            return List.of();
        }
        CheckInPoint one = first.get(sharedWeek.get());
        CheckInPoint other = second.get(sharedWeek.get());
        if (one.partnerId() > other.partnerId()) {
            CheckInPoint swap = one;
            one = other;
            other = swap;
        }
        List<Flag> flags = new ArrayList<>();
        Map<String, Integer> otherRatings = other.ratings();
        for (Map.Entry<String, Integer> rating : one.ratings().entrySet()) {
            int theirs = otherRatings.get(rating.getKey());
            if (Math.abs(rating.getValue() - theirs) >= CHECK_INS_DIVERGE) {
                flags.add(new Flag(Flag.Kind.CHECK_INS_DIVERGE, List.of(one.partnerName(), rating.getKey(),
                        rating.getValue(), other.partnerName(), theirs)));
            }
        }
        return flags;
    }

    private static Map<LocalDate, CheckInPoint> latestPerWeek(List<CheckInPoint> sortedByDay) {
        Map<LocalDate, CheckInPoint> byWeek = new HashMap<>();
        sortedByDay.forEach(point -> byWeek.put(point.week(), point));
        return byWeek;
    }
}
