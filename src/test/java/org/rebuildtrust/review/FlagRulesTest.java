package org.rebuildtrust.review;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.accountability.AccountabilityStep;
import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FlagRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate LONG_AGO = TODAY.minusMonths(6);
    private static final List<FlagRules.Expected> NOBODY = List.of();

    private static FlagRules.CheckInPoint ada(int daysAgo, int trust, int safety) {
        return new FlagRules.CheckInPoint(1, "Ada", TODAY.minusDays(daysAgo), trust, safety);
    }

    private static List<Flag.Kind> kinds(List<Flag> flags) {
        return flags.stream().map(Flag::kind).toList();
    }

    private static List<Flag> checkInFlags(FlagRules.CheckInPoint... points) {
        return FlagRules.flags(List.of(points), NOBODY, List.of(), 0, LONG_AGO, TODAY);
    }

    @Test
    void aTrustOrSafetyDropOfExactlyThreeRaisesAFlagAndTwoDoesNot() {
        List<Flag> trustDrop = checkInFlags(ada(7, 8, 6), ada(0, 5, 6));
        assertEquals(List.of(Flag.Kind.RATING_DROP), kinds(trustDrop));
        assertEquals(List.of("Ada", "trust", 8, 5), trustDrop.get(0).arguments());
        assertEquals(List.of(Flag.Kind.RATING_DROP), kinds(checkInFlags(ada(7, 6, 9), ada(0, 6, 6))));
        assertTrue(checkInFlags(ada(7, 8, 8), ada(0, 6, 6)).isEmpty(), "a drop of 2 is within ordinary ups and downs");
        assertTrue(checkInFlags(ada(7, 2, 2), ada(0, 9, 9)).isEmpty(), "a rise is no alarm");
        assertTrue(checkInFlags(ada(0, 0, 0)).isEmpty(), "one check-in has nothing to drop from");
    }

    @Test
    void onlyTheLatestTwoCheckInsCount() {
        assertTrue(checkInFlags(ada(14, 9, 9), ada(7, 3, 3), ada(0, 3, 3)).isEmpty());
    }

    @Test
    void partnersViewsFourApartRaiseAFlagAndThreeApartDoNot() {
        Partner ada = Couple.draft(TODAY).partnerA();
        ada.setFullName("Ada");
        AccountabilityTable fourApart = table(ada, 2, 6);
        AccountabilityTable threeApart = table(ada, 3, 6);

        List<Flag> flags = FlagRules.flags(List.of(), NOBODY, List.of(fourApart), 0, LONG_AGO, TODAY);
        assertEquals(List.of(Flag.Kind.VIEWS_DIFFER), kinds(flags));
        assertEquals(List.of("Ada", "MAKE_AMENDS", 4), flags.get(0).arguments());
        assertTrue(FlagRules.flags(List.of(), NOBODY, List.of(threeApart), 0, LONG_AGO, TODAY).isEmpty());
    }

    private static AccountabilityTable table(Partner involved, int hurt, int self) {
        return new AccountabilityTable(involved, List.of(new AccountabilityTable.Row(AccountabilityStep.MAKE_AMENDS,
                hurt, AccountabilityTable.Trend.FIRST, null, self, AccountabilityTable.Trend.FIRST, null, null, List.of(),
                null, null, null, List.of())));
    }

    @Test
    void twoOverdueHomeworkRaiseAFlagAndOneDoesNot() {
        assertEquals(List.of(Flag.Kind.OVERDUE_HOMEWORK), kinds(FlagRules.flags(List.of(), NOBODY, List.of(), 2, LONG_AGO, TODAY)));
        assertTrue(FlagRules.flags(List.of(), NOBODY, List.of(), 1, LONG_AGO, TODAY).isEmpty());
    }

    @Test
    void fourteenDaysWithoutACheckInRaiseAFlagAndThirteenDoNot() {
        List<FlagRules.Expected> ada = List.of(new FlagRules.Expected(1, "Ada"));
        assertEquals(List.of(Flag.Kind.NO_CHECK_IN),
                kinds(FlagRules.flags(List.of(ada(14, 5, 5)), ada, List.of(), 0, LONG_AGO, TODAY)));
        assertTrue(FlagRules.flags(List.of(ada(13, 5, 5)), ada, List.of(), 0, LONG_AGO, TODAY).isEmpty());
    }

    @Test
    void aPartnerWhoNeverCheckedInIsFlaggedOnlyFourteenDaysIntoTherapy() {
        List<FlagRules.Expected> ada = List.of(new FlagRules.Expected(1, "Ada"));
        assertEquals(List.of(Flag.Kind.NO_CHECK_IN),
                kinds(FlagRules.flags(List.of(), ada, List.of(), 0, TODAY.minusDays(14), TODAY)));
        assertTrue(FlagRules.flags(List.of(), ada, List.of(), 0, TODAY.minusDays(13), TODAY).isEmpty());
    }

    private static FlagRules.CheckInPoint checkIn(long partnerId, String name, LocalDate on, int trust) {
        return new FlagRules.CheckInPoint(partnerId, name, on, trust, 5, 5, 5);
    }

    @Test
    void partnersTrustFourApartInTheSameWeekRaisesADivergenceFlagAndThreeApartDoesNot() {
        LocalDate monday = CheckInWeek.MONDAY_OF_TODAY;
        List<Flag> apart = checkInFlags(checkIn(1, "Ada", monday, 7), checkIn(2, "Ben", monday.plusDays(2), 3));
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE), kinds(apart));
        assertEquals(List.of("Ada", "trust", 7, "Ben", 3), apart.get(0).arguments());
        assertEquals(FlagRules.CHECK_INS_DIVERGE, 7 - 3);
        assertTrue(checkInFlags(checkIn(1, "Ada", monday, 7), checkIn(2, "Ben", monday.plusDays(2), 4)).isEmpty(),
                "three apart is two people's ordinary difference");
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE),
                kinds(checkInFlags(checkIn(1, "Ada", monday, 1), checkIn(2, "Ben", monday, 7))), "either way round");
    }

    @Test
    void everyDimensionIsComparedAndEachThatDivergesIsNamed() {
        LocalDate monday = CheckInWeek.MONDAY_OF_TODAY;
        List<Flag> flags = checkInFlags(new FlagRules.CheckInPoint(1, "Ada", monday, 5, 9, 8, 5),
                new FlagRules.CheckInPoint(2, "Ben", monday, 5, 5, 4, 2));
        assertEquals(List.of(List.of("Ada", "safety", 9, "Ben", 5), List.of("Ada", "connection", 8, "Ben", 4)),
                flags.stream().map(Flag::arguments).toList());
    }

    @Test
    void onlyCheckInsOfTheSameWeekAreCompared() {
        LocalDate monday = CheckInWeek.MONDAY_OF_TODAY;
        assertTrue(checkInFlags(checkIn(1, "Ada", monday.minusDays(1), 7), checkIn(2, "Ben", monday, 1)).isEmpty(),
                "Sunday and the next Monday are different weeks");
        List<Flag> latestShared = checkInFlags(checkIn(1, "Ada", monday.minusDays(7), 8), checkIn(2, "Ben", monday.minusDays(6), 1),
                checkIn(1, "Ada", monday, 8));
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE), kinds(latestShared),
                "Ada checking in first this week does not clear last week's divergence");
        assertTrue(checkInFlags(checkIn(1, "Ada", monday.minusDays(7), 8), checkIn(2, "Ben", monday.minusDays(6), 1),
                checkIn(1, "Ada", monday, 8), checkIn(2, "Ben", monday, 7)).isEmpty(), "this week they agree again");
        assertTrue(checkInFlags(checkIn(1, "Ada", monday.minusDays(5), 8), checkIn(1, "Ada", monday.minusDays(4), 8),
                checkIn(1, "Ada", monday, 2)).stream().noneMatch(f -> f.kind() == Flag.Kind.CHECK_INS_DIVERGE), "one partner's own check-ins never diverge from each other");
    }

    @Test
    void aDivergentWeekThatEndedFourteenDaysAgoIsHistory() {
        LocalDate monday = LocalDate.of(2026, 11, 9);
        List<FlagRules.CheckInPoint> apart = List.of(checkIn(1, "Ada", monday, 8), checkIn(2, "Ben", monday, 1));
        LocalDate sunday = monday.plusDays(6);
        assertEquals(List.of(Flag.Kind.CHECK_INS_DIVERGE),
                kinds(FlagRules.flags(apart, NOBODY, List.of(), 0, LONG_AGO, sunday.plusDays(13))));
        assertTrue(FlagRules.flags(apart, NOBODY, List.of(), 0, LONG_AGO, sunday.plusDays(14)).isEmpty());
    }

    /** TODAY (2026-11-27) is a Friday. */
    private static final class CheckInWeek {
        static final LocalDate MONDAY_OF_TODAY = LocalDate.of(2026, 11, 23);
    }
}
