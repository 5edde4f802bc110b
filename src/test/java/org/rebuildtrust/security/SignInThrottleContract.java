package org.rebuildtrust.security;

import org.junit.jupiter.api.Test;
import org.rebuildtrust.shared.MovableClock;
import org.rebuildtrust.testsupport.DatabaseContract;
import org.rebuildtrust.testsupport.PracticeFixture;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waits after failed sign-ins, on a real database, with a clock the test moves. */
abstract class SignInThrottleContract extends DatabaseContract {

    private final MovableClock clock = new MovableClock(PracticeFixture.CLOCK.instant());

    private SignInThrottleService throttle() {
        return new SignInThrottleService(jpa.em(), clock);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private boolean mustWait(String login, String address) {
        return jpa.inTransaction(() -> throttle().mustWait(login, address));
    }

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            jpa.inTransaction(() -> {
                throttle().failed(login, address);
                return null;
            });
        }
    }

    @Test
    void aLoginWaitsAfterFiveFailuresAndEachFurtherFailureDoublesTheWait() {
        String login = unique("ada");
        String address = unique("10.0.0");
        fail(login, address, 4);
        assertFalse(mustWait(login, address), "four failures are free");
        fail(login, address, 1);
        assertTrue(mustWait(login, address), "the fifth makes the login wait");
        assertTrue(mustWait(login, unique("elsewhere")), "the wait belongs to the login, from any address");

        clock.advance(Duration.ofSeconds(61));
        assertFalse(mustWait(login, address), "a minute later it may try again");
        fail(login, address, 1);
        clock.advance(Duration.ofSeconds(119));
        assertTrue(mustWait(login, address), "the sixth failure: two minutes");
        clock.advance(Duration.ofSeconds(2));
        assertFalse(mustWait(login, address));

        jpa.inTransaction(() -> {
            throttle().succeeded(login);
            return null;
        });
        fail(login, address, 4);
        assertFalse(mustWait(login, address), "a correct password forgets the earlier failures");
    }

    @Test
    void oneAddressTryingManyLoginsWaitsToo() {
        String address = unique("192.0.2");
        for (int i = 0; i < SignInThrottleService.ADDRESS_FREE_FAILURES - 1; i++) {
            fail(unique("guess"), address, 1);
        }
        assertFalse(mustWait(unique("someone"), address));
        fail(unique("guess"), address, 1);
        assertTrue(mustWait(unique("someone"), address), "thirty failures from one address");
        assertFalse(mustWait(unique("someone"), unique("198.51.100")), "other addresses are not affected");
    }

    @Test
    void failuresAreForgottenAfterADay() {
        String login = unique("ben");
        fail(login, unique("a"), 4);
        clock.advance(Duration.ofHours(25));
        fail(login, unique("b"), 1);
        assertFalse(mustWait(login, unique("c")), "the count started again");
    }
}
