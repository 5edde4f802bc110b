package org.rebuildtrust.checkins;

import org.rebuildtrust.couples.Partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Check-ins laid out for a chart of one dimension: the weeks anyone checked in, and per partner their value each
 * week or null where they did not check in (a gap, never a zero). Used by the review page and the PDF report.
 */
public record CheckInSeries(List<LocalDate> weeks, List<Line> lines) {

    /** The four dimensions, in the order they are asked, with how to read each from a check-in. */
    public static final Map<String, ToIntFunction<CheckIn>> DIMENSIONS = Map.of(
            "trust", CheckIn::getTrust,
            "safety", CheckIn::getSafety,
            "connection", CheckIn::getConnection,
            "communication", CheckIn::getCommunication);

    public static final List<String> DIMENSION_ORDER = List.of("trust", "safety", "connection", "communication");

    /** One partner's values, one per week of {@link #weeks}. */
    public record Line(Partner partner, List<Integer> values) {
    }

    /** The series of one dimension for the given partners (one or both), from check-ins in any order. */
    public static CheckInSeries of(String dimension, List<CheckIn> checkIns, List<Partner> partners) {
        ToIntFunction<CheckIn> value = DIMENSIONS.get(dimension);
        if (value == null) {
            throw new IllegalArgumentException("Unknown check-in dimension " + dimension);
        }
        List<LocalDate> weeks = checkIns.stream().map(CheckIn::getWeekStart).distinct().sorted().toList();
        List<Line> lines = new ArrayList<>();
        for (Partner partner : partners) {
            List<Integer> values = new ArrayList<>();
            for (LocalDate week : weeks) {
                values.add(checkIns.stream()
                        .filter(c -> c.getWeekStart().equals(week) && c.getPartner().getId().equals(partner.getId()))
                        .findFirst().map(value::applyAsInt).orElse(null));
            }
            lines.add(new Line(partner, values));
        }
        return new CheckInSeries(weeks, lines);
    }
}
