package org.rebuildtrust.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

import java.util.Optional;

/**
 * The use of this instance's connection pool, as application metrics for an operator's scraper: the connections in
 * use now (rebuild_db_connections_in_use) beside the most the pool lends (rebuild_db_connections_max). In use near the
 * maximum for long means requests wait for a connection: a bigger pool (DB_POOL_MAX_SIZE), or a look at what holds them.
 */
@ApplicationScoped
public class PoolMetrics {

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;

    @Inject
    @ConfigProperty(name = "db.pool.max-size")
    Optional<String> maxPoolSize;

    @Inject
    @ConfigProperty(name = "db.pool.min-size")
    Optional<String> minPoolSize;

    void registerAtStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        int most = mostLent(maxPoolSize, minPoolSize);
        metrics.gauge(Metadata.builder().withName("rebuild_db_connections_in_use")
                .withDescription("Connections of the application's pool that its persistence unit holds now").build(),
                ConnectionUse::inUse);
        metrics.gauge(Metadata.builder().withName("rebuild_db_connections_max")
                .withDescription("The most connections the application's pool lends (DB_POOL_MAX_SIZE)").build(),
                () -> most);
    }

    /**
     * The most connections the pool lends, as Payara reads the settings: a size that is not a whole number counts as
     * not set, and the pool never keeps fewer than its minimum, so a maximum below the minimum is the minimum.
     */
    static int mostLent(Optional<String> max, Optional<String> min) {
        return Math.max(sizeOr(max, DatabaseConfiguration.DEFAULT_MAX_POOL_SIZE),
                sizeOr(min, DatabaseConfiguration.DEFAULT_MIN_POOL_SIZE));
    }

    private static int sizeOr(Optional<String> size, int otherwise) {
        try {
            return size.map(String::trim).map(Integer::parseInt).filter(n -> n > 0).orElse(otherwise);
        } catch (NumberFormatException notANumber) {
            return otherwise;
        }
    }
}
