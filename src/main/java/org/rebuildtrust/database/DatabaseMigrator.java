package org.rebuildtrust.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings the schema up to date before anything else runs, then announces {@link SchemaReady} so that
 * start-up work which needs the tables (the demo data) can follow.
 * Outside a container transaction because Flyway manages its own.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    /** The SQL state of a unique-key violation, the same on PostgreSQL and H2. */
    public static final String DUPLICATE_KEY = "23505";

    @Resource(lookup = DatabaseConfiguration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    @PostConstruct
    void migrateAtStartup() {
        try {
            int applied = applyMigrations(dataSource);
            LOG.info(() -> "Database schema is current (" + applied + " migrations applied now)");
            // each observer that makes or changes rows takes the start-up lock in its transaction (StartUpLock)
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException failure) {
            // Payara Micro would stay up without the application (answering 503), which a process supervisor cannot
            // tell from a slow start: the process ends instead, after this log line, with a status that says so.
            LOG.log(Level.SEVERE, "Rebuild cannot start, so this process exits with status 1: " + failure.getMessage(),
                    failure);
            new Thread(() -> System.exit(1), "rebuild-exit-after-failed-start").start();
            throw failure;
        }
    }

    /** Applies pending migrations; shared with the persistence tests so they run exactly what production runs. */
    public static int applyMigrations(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                // common SQL, then what only one database can express (PostgreSQL: the audit trail's append-only trigger)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendorOf(dataSource))
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** "postgresql" or "h2": the folder of the database's own migrations. */
    static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return vendorOf(connection);
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot reach the database to migrate it", failure);
        }
    }

    /** "postgresql" or "h2" (or the product's own name in lower case): which database this connection is to. */
    public static String vendorOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
    }

    /** Fired once the schema is migrated. */
    public record SchemaReady() {
    }
}
