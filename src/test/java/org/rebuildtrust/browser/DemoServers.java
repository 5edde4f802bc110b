package org.rebuildtrust.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.rebuildtrust.testsupport.TestDatabase;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Lends each browser test class a demo server of its database kind, for the whole class and to that class alone: test
 * classes that run at the same time never share a server, so none can change what another is reading. A server goes
 * back to the pool when its class is done, and the next class continues on it. The pool grows up to
 * {@code it.demoServers.h2} (default 2) H2 servers and {@code it.demoServers.postgres} (default 1) PostgreSQL servers,
 * each started at first need, so their starts overlap with other work.
 */
public final class DemoServers implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor {

    private static final ExtensionContext.Namespace LEASES = ExtensionContext.Namespace.create(DemoServers.class);
    private static final String CPU_AT_LEASE = "server CPU at lease";
    private static final Map<TestDatabase, Pool> POOLS = new EnumMap<>(Map.of(
            TestDatabase.H2, new Pool(TestDatabase.H2, Integer.getInteger("it.demoServers.h2", 2)),
            TestDatabase.POSTGRES, new Pool(TestDatabase.POSTGRES, Integer.getInteger("it.demoServers.postgres", 1))));

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        Class<?> testClass = context.getRequiredTestClass();
        PayaraServer server = POOLS.get(BrowserTestSupport.databaseOf(testClass)).lease();
        context.getStore(LEASES).put(testClass, server);
        context.getStore(LEASES).put(CPU_AT_LEASE, server.cpuSeconds());
    }

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        ((BrowserTestSupport) testInstance).server = context.getStore(LEASES).get(testInstance.getClass(), PayaraServer.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        PayaraServer server = context.getStore(LEASES).remove(testClass, PayaraServer.class);
        if (server != null) {
            // the server was this class's alone meanwhile: what it used is what the class cost it
            System.out.printf(java.util.Locale.ROOT, "[server cpu] %s: %.1f s%n", testClass.getSimpleName(),
                    server.cpuSeconds() - context.getStore(LEASES).get(CPU_AT_LEASE, Double.class));
            POOLS.get(BrowserTestSupport.databaseOf(testClass)).giveBack(server);
        }
    }

    private static final class Pool {
        private final TestDatabase kind;
        private final int size;
        private final BlockingQueue<PayaraServer> idle = new LinkedBlockingQueue<>();
        private int started;

        Pool(TestDatabase kind, int size) {
            this.kind = kind;
            this.size = size;
        }

        PayaraServer lease() throws InterruptedException {
            PayaraServer server = idle.poll();
            if (server != null) {
                return server;
            }
            int number;
            synchronized (this) {
                number = started < size ? ++started : 0;
            }
            return number > 0 ? PayaraServer.startDemo(kind, number) : idle.take();
        }

        void giveBack(PayaraServer server) {
            idle.add(server);
        }
    }
}
