package org.rebuildtrust.appointments;

import org.rebuildtrust.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The occurrences of a series, in local time: the same weekday and wall-clock time every one or two weeks, so a
 * weekly 18:00 session stays at 18:00 when the clocks change (its instant moves by the hour instead).
 */
public final class Recurrence {

    /** A year of weekly sessions: a longer series is planned again when it ends. */
    public static final int MAX_OCCURRENCES = 52;

    private Recurrence() {
    }

    /**
     * The start of each occurrence. Exactly one of {@code until} (the last day an occurrence may fall on) and
     * {@code count} (how many occurrences) ends the series.
     */
    public static List<ZonedDateTime> occurrences(LocalDate firstDay, LocalTime start, ZoneId zone, Cadence cadence,
                                                  LocalDate until, Integer count) {
        if (cadence == null) {
            return List.of(at(firstDay, start, zone));
        }
        if ((until == null) == (count == null)) {
            throw new BusinessRuleException("appointment.seriesEnd", "until");
        }
        if (until != null && until.isBefore(firstDay)) {
            throw new BusinessRuleException("appointment.untilBeforeStart", "until");
        }
        if (count != null && (count < 2 || count > MAX_OCCURRENCES)) {
            throw new BusinessRuleException("appointment.countRange", "count", MAX_OCCURRENCES);
        }
        List<ZonedDateTime> starts = new ArrayList<>();
        for (LocalDate day = firstDay; until != null ? !day.isAfter(until) : starts.size() < count;
             day = day.plusWeeks(cadence.weeks())) {
            if (starts.size() == MAX_OCCURRENCES) {
                throw new BusinessRuleException("appointment.seriesTooLong", "until", MAX_OCCURRENCES);
            }
            starts.add(at(day, start, zone));
        }
        return starts;
    }

    /**
     * A local day and time as an instant in the zone. A time the clocks skip (a spring-forward gap, 02:30 in Berlin on
     * the last Sunday of March) moves later by the gap (03:30); a time that happens twice (autumn) is its first
     * happening, in summer time.
     */
    public static ZonedDateTime at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.ofLocal(LocalDateTime.of(day, time), zone, null);
    }
}
