package org.nineones.ui;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Worker;

import org.nineones.ui.common.TaskRunner;

/**
 * Fails UI tests that do database work on the FX application thread outside the task runner (decision 0009: the FX
 * thread only draws). Two parts:
 * <ul>
 *   <li>a JDBC driver put in front of SQLite's: every connection a {@link org.nineones.store.Workspace} opens is
 *   wrapped, and every statement, transaction start or commit on it checks the thread;</li>
 *   <li>a {@link TaskRunner} decorator that marks the thread while the runner's work runs (the tests' runner runs
 *   work on the calling thread, often the FX thread, where it is allowed; its {@code onSuccess} is not).</li>
 * </ul>
 * A violation throws (so the work does not happen) and is remembered, because JavaFX swallows what a listener or an
 * event handler throws; {@link UiTestBase} fails the test when any was remembered.
 */
public final class FxThreadGuard {

    private static final ThreadLocal<Integer> IN_WORK = ThreadLocal.withInitial(() -> 0);
    private static final List<String> VIOLATIONS = Collections.synchronizedList(new ArrayList<>());
    private static final Set<String> GUARDED = Set.of("createStatement", "prepareStatement", "prepareCall",
            "setAutoCommit", "commit", "rollback", "setSavepoint", "nativeSQL");
    private static boolean installed;

    private FxThreadGuard() {
    }

    /** Puts the guarding driver in front of SQLite's (once per JVM). */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        try {
            Driver sqlite = DriverManager.getDriver("jdbc:sqlite:");
            DriverManager.deregisterDriver(sqlite);
            DriverManager.registerDriver(new GuardingDriver(sqlite));
            DriverManager.registerDriver(sqlite);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot install the FX thread guard", e);
        }
        installed = true;
    }

    /** The task runner that marks its work as allowed on any thread. */
    public static TaskRunner guarded(TaskRunner runner) {
        return new GuardedRunner(runner);
    }

    /** The violations since the last call, and forgets them. */
    public static List<String> takeViolations() {
        synchronized (VIOLATIONS) {
            List<String> taken = List.copyOf(VIOLATIONS);
            VIOLATIONS.clear();
            return taken;
        }
    }

    static void check(String what) {
        if (Platform.isFxApplicationThread() && IN_WORK.get() == 0 && !closing()) {
            StringBuilder where = new StringBuilder("database work (" + what + ") on the FX thread outside the task"
                    + " runner, from:");
            for (StackTraceElement e : new Throwable().getStackTrace()) {
                if (e.getClassName().startsWith("org.nineones.") && !e.getClassName().startsWith("org.nineones.store.")
                        && !e.getClassName().equals(FxThreadGuard.class.getName())
                        && !e.getClassName().startsWith(FxThreadGuard.class.getName() + "$")) {
                    where.append("\n  at ").append(e);
                }
            }
            VIOLATIONS.add(where.toString());
            throw new IllegalStateException(where.toString());
        }
    }

    /**
     * Closing a workspace (its WAL checkpoint) is allowed anywhere: the window closes it as it goes, when no task may
     * outlive it.
     */
    private static boolean closing() {
        for (StackTraceElement e : new Throwable().getStackTrace()) {
            if ((e.getClassName().equals("org.nineones.store.Workspace")
                    || e.getClassName().equals("org.nineones.store.InspectionFile"))
                    && e.getMethodName().equals("close")) {
                return true;
            }
        }
        return false;
    }

    private record GuardedRunner(TaskRunner delegate) implements TaskRunner {

        @Override
        public <T> void run(String title, Work<T> work, Consumer<T> onSuccess) {
            delegate.run(title, progress -> {
                IN_WORK.set(IN_WORK.get() + 1);
                try {
                    return work.call(progress);
                } finally {
                    IN_WORK.set(IN_WORK.get() - 1);
                }
            }, onSuccess);
        }

        @Override
        public ReadOnlyObjectProperty<Worker<?>> current() {
            return delegate.current();
        }
    }

    private record GuardingDriver(Driver delegate) implements Driver {

        @Override
        public Connection connect(String url, Properties info) throws SQLException {
            Connection connection = delegate.connect(url, info);
            if (connection == null) {
                return null;
            }
            check("connect");
            InvocationHandler handler = (proxy, method, args) -> {
                if (GUARDED.contains(method.getName())) {
                    check(method.getName());
                }
                try {
                    return method.invoke(connection, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection) Proxy.newProxyInstance(FxThreadGuard.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, handler);
        }

        @Override
        public boolean acceptsURL(String url) throws SQLException {
            return delegate.acceptsURL(url);
        }

        @Override
        public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
            return delegate.getPropertyInfo(url, info);
        }

        @Override
        public int getMajorVersion() {
            return delegate.getMajorVersion();
        }

        @Override
        public int getMinorVersion() {
            return delegate.getMinorVersion();
        }

        @Override
        public boolean jdbcCompliant() {
            return delegate.jdbcCompliant();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }
    }
}
