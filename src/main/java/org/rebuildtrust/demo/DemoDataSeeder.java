package org.rebuildtrust.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;

import java.util.logging.Logger;

/**
 * Fills an empty database with a synthetic, plainly fictional practice when demo mode is on
 * (the README's run command), and prints the demo logins. Never runs on a database that has a practice.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    @PersistenceContext
    EntityManager em;

    @Inject
    DemoPractice demoPractice;

    @Transactional
    void seedWhenEmpty(@Observes SchemaReady schemaReady) {
        if (!demoMode) {
            return;
        }
        long practices = em.createQuery("SELECT COUNT(p) FROM Practice p", Long.class).getSingleResult();
        if (practices == 0) {
            demoPractice.create();
        }
        LOG.info(DemoPractice.loginBanner());
    }
}
