package org.rebuildtrust.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;
import org.rebuildtrust.database.StartUpLock;

import java.util.logging.Logger;

/**
 * Fills an empty database with a synthetic, plainly fictional practice when demo mode is on
 * (the README's run command), and prints the demo logins. Never runs on a database that has a practice.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());
    private static final int DEFAULT_HTTP_PORT = 8080;

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
        // two demo instances on one database (PostgreSQL) seed it once
        StartUpLock.takeUntilCommit(em);
        long practices = em.createQuery("SELECT COUNT(p) FROM Practice p", Long.class).getSingleResult();
        if (practices == 0) {
            demoPractice.create();
        }
        LOG.info(DemoPractice.loginBanner(httpPort(System.getProperty("sun.java.command", ""),
                System.getProperty("payaramicro.port"))));
    }

    /**
     * The HTTP port Payara Micro was told to listen on: its {@code --port} argument (the run command's and the test
     * servers'), else its {@code payaramicro.port} property, else its default 8080. The application cannot ask the
     * server for its listeners without Payara's internal API, so it reads the same settings the server did.
     */
    static int httpPort(String javaCommand, String portProperty) {
        String[] words = javaCommand.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("--port") && i + 1 < words.length && words[i + 1].matches("\\d{1,5}")) {
                return Integer.parseInt(words[i + 1]);
            }
            if (words[i].matches("--port=\\d{1,5}")) {
                return Integer.parseInt(words[i].substring("--port=".length()));
            }
        }
        if (portProperty != null && portProperty.trim().matches("\\d{1,5}")) {
            return Integer.parseInt(portProperty.trim());
        }
        return DEFAULT_HTTP_PORT;
    }
}
