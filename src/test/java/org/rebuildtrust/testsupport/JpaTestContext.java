package org.rebuildtrust.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.rebuildtrust.database.DatabaseMigrator;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The production persistence unit and Flyway migrations on a fresh test database, outside the container:
 * the same mappings and schema, with transactions the test controls.
 */
public final class JpaTestContext implements AutoCloseable {

    private final DataSource dataSource;
    private final EntityManagerFactory factory;
    private final EntityManager em;

    private JpaTestContext(DataSource dataSource) {
        this.dataSource = dataSource;
        DatabaseMigrator.applyMigrations(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.jtaDataSource", "");
        if (dataSource instanceof org.postgresql.ds.PGSimpleDataSource postgres) {
            // EclipseLink's own connection pool, as the container's pool does in production: a data source without
            // one gives every transaction a new PostgreSQL connection (a server process each), which made each
            // contract test on PostgreSQL take seconds where H2 takes a fraction of one
            properties.put("jakarta.persistence.jdbc.driver", "org.postgresql.Driver");
            properties.put("jakarta.persistence.jdbc.url", postgres.getURL());
            properties.put("jakarta.persistence.jdbc.user", postgres.getUser());
            properties.put("jakarta.persistence.jdbc.password", postgres.getPassword());
        } else {
            properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        }
        properties.put("eclipselink.logging.level", System.getProperty("debug.sql") != null ? "FINE" : "SEVERE");
        this.factory = Persistence.createEntityManagerFactory("rebuild", properties);
        this.em = factory.createEntityManager();
    }

    public static JpaTestContext on(DataSource dataSource) {
        return new JpaTestContext(dataSource);
    }

    public EntityManager em() {
        return em;
    }

    /** Another EntityManager on the same database, for work that commits on its own (REQUIRES_NEW in the container). */
    public EntityManager newEntityManager() {
        return factory.createEntityManager();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs work in one committed transaction, as a service call in the container would; rolls back on failure. */
    public <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException failure) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw failure;
        } finally {
            em.clear();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
