package org.rebuildtrust.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.rebuildtrust.database.DatabaseMigrator.SchemaReady;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every instance: seals the audit entries written since ({@link AuditTrail#sealPending}). The chain's
 * head is locked while it does, so one instance seals at a time and the others find nothing left. Outside a
 * transaction: the sealing commits (or fails) inside the try, so a failure never reaches the timer, which the
 * container would cancel after a failed retry.
 */
@Stateless
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    /**
     * Whether this instance's schema is current: the timer starts with the deployment, before the migrations have
     * run (its first runs found no tables, or a table without the columns it reads).
     */
    private static volatile boolean schemaReady;

    @Inject
    AuditTrail audit;

    static void whenSchemaReady(@Observes SchemaReady ready) {
        schemaReady = true;
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void everySecond() {
        if (!schemaReady) {
            return;
        }
        try {
            audit.sealPending();
        } catch (RuntimeException failure) {
            // nothing is lost: the entries wait, and the next second (or the next search or verification) seals them
            LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run tries again", failure);
        }
    }
}
