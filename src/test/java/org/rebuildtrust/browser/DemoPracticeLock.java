package org.rebuildtrust.browser;

import org.junit.jupiter.api.parallel.ResourceLocksProvider;

import java.util.Locale;
import java.util.Set;

/**
 * The lock of one shared demo server: browser test classes on the same server (same database kind) run one after
 * another, while those on the other kind's server, the persistence contracts and the tests with servers of their own
 * run alongside.
 */
public final class DemoPracticeLock implements ResourceLocksProvider {

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        String kind = BrowserTestSupport.databaseOf(testClass).name().toLowerCase(Locale.ROOT);
        return Set.of(new Lock("demo practice on " + kind));
    }
}
