package org.rebuildtrust.testsupport;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Prints, when a test run ends, when each test class started and how long it took, seconds from the run's start, in
 * order of start: with test classes side by side, this is how the suite's time is read from CI's output (which class
 * waited, which ran long). Registered for Surefire and Failsafe through META-INF/services.
 */
public final class SuiteTimeline implements TestExecutionListener {

    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
    private long runStart;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        runStart = System.nanoTime();
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        className(test).ifPresent(name -> started.put(name, System.nanoTime()));
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        className(test).ifPresent(name -> {
            long start = started.getOrDefault(name, runStart);
            lines.add(String.format(Locale.ROOT, "[timeline] %6.1f s  +%6.1f s  %s%s", (start - runStart) / 1e9,
                    (System.nanoTime() - start) / 1e9, name, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "" : " " + result.getStatus()));
        });
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        synchronized (lines) {
            lines.sort(null);
            lines.forEach(System.out::println);
        }
        System.out.printf(Locale.ROOT, "[timeline] run: %.1f s%n", (System.nanoTime() - runStart) / 1e9);
    }

    private static java.util.Optional<String> className(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getJavaClass().getSimpleName());
    }
}
