package org.rebuildtrust.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;
import org.rebuildtrust.database.StartUpLock;
import org.rebuildtrust.security.PasswordHasher;
import org.rebuildtrust.security.PasswordPolicy;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.Lengths;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * A production installation starts with an empty database and no public sign-up, so the operator names the
 * practice and its first admin in the configuration (REBUILD_BOOTSTRAP_*). Runs only while no practice exists;
 * afterwards the settings are ignored and can be removed.
 */
@ApplicationScoped
public class PracticeBootstrap {

    private static final Logger LOG = Logger.getLogger(PracticeBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "rebuild.bootstrap.practice-name")
    Optional<String> practiceName;

    @Inject
    @ConfigProperty(name = "rebuild.bootstrap.admin-login")
    Optional<String> adminLogin;

    @Inject
    @ConfigProperty(name = "rebuild.bootstrap.admin-password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "rebuild.demo", defaultValue = "false")
    boolean demoMode;

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwordHasher;

    /**
     * Holds the start-up lock while it looks and makes: an instance starting at the same moment finds the practice
     * made. An empty database without the settings is a start that cannot work (nobody could ever sign in), so it
     * fails, and the process exits saying why.
     */
    @Transactional
    void createFirstAdminWhenEmpty(@Observes SchemaReady schemaReady) {
        if (demoMode) {
            return;
        }
        StartUpLock.takeUntilCommit(em);
        long practices = em.createQuery("SELECT COUNT(p) FROM Practice p", Long.class).getSingleResult();
        if (practices > 0) {
            return;
        }
        if (adminLogin.isEmpty() || adminLogin.get().isBlank()) {
            throw new IllegalStateException("The database has no practice yet: set REBUILD_BOOTSTRAP_ADMIN_LOGIN,"
                    + " REBUILD_BOOTSTRAP_ADMIN_PASSWORD and REBUILD_BOOTSTRAP_PRACTICE_NAME for the first start"
                    + " (deploy/README.md), or REBUILD_DEMO=true for a demonstration");
        }
        String password = adminPassword.orElse("");
        if (password.length() < Lengths.PASSWORD_MIN || password.length() > Lengths.PASSWORD_MAX
                || PasswordPolicy.isCommon(password)) {
            throw new IllegalStateException("rebuild.bootstrap.admin-password needs 12 to 128 characters and must not be"
                    + " a common password");
        }
        Practice practice = new Practice(practiceName.orElse("Our practice"));
        em.persist(practice);
        em.persist(new UserAccount(practice.getId(), adminLogin.get(), "Practice admin", Role.ADMIN,
                passwordHasher.hash(password)));
        LOG.info(() -> "Created the practice '" + practice.getName() + "' and its first admin '" + adminLogin.get()
                + "'. Remove the REBUILD_BOOTSTRAP_* settings now.");
    }
}
