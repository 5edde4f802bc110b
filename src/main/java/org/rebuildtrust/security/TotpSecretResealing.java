package org.rebuildtrust.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;
import org.rebuildtrust.database.StartUpLock;

import java.util.logging.Logger;

/**
 * At start-up, before anything signs in, every TOTP secret not sealed with the newest key is sealed with it: secrets
 * stored in clear before sealing existed, and secrets sealed with an older key during a rotation. After one start with
 * the new key, the older key is no longer needed. A secret that no configured key opens stops the start, since
 * accounts with it could not sign in.
 */
@ApplicationScoped
@Transactional
public class TotpSecretResealing {

    private static final Logger LOG = Logger.getLogger(TotpSecretResealing.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TotpSecretCipher cipher;

    protected TotpSecretResealing() {
        // for CDI
    }

    public TotpSecretResealing(EntityManager em, TotpSecretCipher cipher) {
        this.em = em;
        this.cipher = cipher;
    }

    void atStartUp(@Observes @Priority(Interceptor.Priority.APPLICATION) SchemaReady schemaReady) {
        // another instance starting now reseals the same rows: one after the other, the second finds nothing to do
        StartUpLock.takeUntilCommit(em);
        int resealed = resealAll();
        if (resealed > 0) {
            LOG.info(() -> "Sealed " + resealed + " two-factor secrets with the newest TOTP key");
        }
    }

    /** Seals every secret with the newest key that is not yet; returns how many were. */
    public int resealAll() {
        int resealed = 0;
        for (UserAccount account : em.createQuery("SELECT a FROM UserAccount a WHERE a.totpSecret IS NOT NULL",
                UserAccount.class).getResultList()) {
            String stored = account.getTotpSecret();
            if (!cipher.isSealedWithNewestKey(stored)) {
                String secret = TotpSecretCipher.isSealed(stored) ? cipher.open(account.getId(), stored) : stored;
                account.resealTwoFactor(cipher.seal(account.getId(), secret));
                resealed++;
            }
        }
        return resealed;
    }
}
