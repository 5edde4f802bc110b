package org.rebuildtrust.testsupport;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wraps a DataSource and counts the SQL statements prepared through it, to prove a page costs a fixed number. */
public final class StatementCounter {

    /** The SQL of each statement prepared since the last reset (null for a plain statement), to say which repeat. */
    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final DataSource counting;

    public StatementCounter(DataSource target) {
        this.counting = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{DataSource.class},
                forward(target, (method, arguments, result) -> method.getName().equals("getConnection")
                        ? countingConnection((Connection) result) : result));
    }

    public DataSource dataSource() {
        return counting;
    }

    public void reset() {
        statements.clear();
    }

    public int count() {
        return statements.size();
    }

    /** The statements prepared since the last reset, in order. */
    public List<String> statements() {
        synchronized (statements) {
            return List.copyOf(statements.stream().map(String::valueOf).toList());
        }
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                forward(connection, (method, arguments, result) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        statements.add(arguments == null || arguments.length == 0 ? null : String.valueOf(arguments[0]));
                    }
                    return result;
                }));
    }

    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object[] arguments, Object result);
    }

    private static InvocationHandler forward(Object target, AfterCall after) {
        return (proxy, method, arguments) -> {
            try {
                return after.apply(method, arguments, method.invoke(target, arguments));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
