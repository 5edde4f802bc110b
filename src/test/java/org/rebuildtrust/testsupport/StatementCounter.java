package org.rebuildtrust.testsupport;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a DataSource and counts the SQL statements prepared through it, to prove a page costs a fixed number. */
public final class StatementCounter {

    private final AtomicInteger statements = new AtomicInteger();
    private final DataSource counting;

    public StatementCounter(DataSource target) {
        this.counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                forward(target, (method, result) -> method.getName().equals("getConnection")
                        ? countingConnection((Connection) result) : result));
    }

    public DataSource dataSource() {
        return counting;
    }

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                forward(connection, (method, result) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    return result;
                }));
    }

    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private static InvocationHandler forward(Object target, AfterCall after) {
        return (proxy, method, arguments) -> {
            try {
                return after.apply(method, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
