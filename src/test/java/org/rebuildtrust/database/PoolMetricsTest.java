package org.rebuildtrust.database;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The most connections the pool lends, as the metric reports it: what Payara makes of the two settings. */
class PoolMetricsTest {

    @Test
    void theMaximumAsSetOrPayarasThirtyTwo() {
        assertEquals(4, PoolMetrics.mostLent(Optional.of("4"), Optional.of("1")));
        assertEquals(32, PoolMetrics.mostLent(Optional.empty(), Optional.empty()));
        assertEquals(50, PoolMetrics.mostLent(Optional.of(" 50 "), Optional.empty()));
    }

    @Test
    void aMaximumBelowTheMinimumIsTheMinimumAsThePoolNeverKeepsFewer() {
        assertEquals(8, PoolMetrics.mostLent(Optional.of("4"), Optional.empty()), "Payara's minimum of 8");
        assertEquals(6, PoolMetrics.mostLent(Optional.of("4"), Optional.of("6")));
    }

    @Test
    void aSizeThatIsNoWholeNumberCountsAsNotSet() {
        assertEquals(32, PoolMetrics.mostLent(Optional.of("many"), Optional.empty()));
        assertEquals(32, PoolMetrics.mostLent(Optional.of("-3"), Optional.of("")));
    }
}
