package org.rebuildtrust.appointments;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RecurrenceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void aTimeTheClocksSkipMovesLaterByTheGapAndATimeThatHappensTwiceIsTheFirst() {
        // 28 March 2027: Berlin's clocks jump from 02:00 to 03:00; 31 October 2027: from 03:00 back to 02:00
        assertEquals("2027-03-28T03:30+02:00[Europe/Berlin]",
                Recurrence.at(LocalDate.of(2027, 3, 28), LocalTime.of(2, 30), BERLIN).toString());
        assertEquals("2027-10-31T02:30+02:00[Europe/Berlin]",
                Recurrence.at(LocalDate.of(2027, 10, 31), LocalTime.of(2, 30), BERLIN).toString());
    }

    @Test
    void aSeriesKeepsItsWallClockTimeInEveryZoneAndEndsOnItsLastDayOrCount() {
        List<ZonedDateTime> weekly = Recurrence.occurrences(LocalDate.of(2027, 3, 1), LocalTime.of(18, 0), NEW_YORK,
                Cadence.WEEKLY, LocalDate.of(2027, 3, 22), null);
        assertEquals(4, weekly.size(), "the last day counts");
        weekly.forEach(start -> assertEquals(LocalTime.of(18, 0), start.toLocalTime()));
        assertEquals(-5, weekly.get(1).getOffset().getTotalSeconds() / 3600, "8 March: still standard time");
        assertEquals(-4, weekly.get(2).getOffset().getTotalSeconds() / 3600, "15 March: daylight time");

        List<ZonedDateTime> fortnightly = Recurrence.occurrences(LocalDate.of(2027, 1, 4), LocalTime.of(9, 0), BERLIN,
                Cadence.FORTNIGHTLY, null, 3);
        assertEquals(List.of(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 18), LocalDate.of(2027, 2, 1)),
                fortnightly.stream().map(ZonedDateTime::toLocalDate).toList());
        assertEquals(1, Recurrence.occurrences(LocalDate.of(2027, 1, 4), LocalTime.of(9, 0), BERLIN, null, null, null).size());
    }

    @Test
    void aSeriesWithBothEndsNeitherOrTooManyOccurrencesIsRefused() {
        LocalDate day = LocalDate.of(2027, 1, 4);
        assertEquals("appointment.seriesEnd", assertThrows(BusinessRuleException.class, () ->
                Recurrence.occurrences(day, LocalTime.NOON, BERLIN, Cadence.WEEKLY, day.plusWeeks(2), 3)).getMessageKey());
        assertEquals("appointment.seriesEnd", assertThrows(BusinessRuleException.class, () ->
                Recurrence.occurrences(day, LocalTime.NOON, BERLIN, Cadence.WEEKLY, null, null)).getMessageKey());
        assertEquals(Recurrence.MAX_OCCURRENCES, Recurrence.occurrences(day, LocalTime.NOON, BERLIN, Cadence.WEEKLY,
                day.plusWeeks(Recurrence.MAX_OCCURRENCES - 1), null).size());
        assertEquals("appointment.seriesTooLong", assertThrows(BusinessRuleException.class, () ->
                Recurrence.occurrences(day, LocalTime.NOON, BERLIN, Cadence.WEEKLY, day.plusWeeks(Recurrence.MAX_OCCURRENCES), null))
                .getMessageKey());
    }
}
