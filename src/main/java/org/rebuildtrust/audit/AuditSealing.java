package org.rebuildtrust.audit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every second, on every instance: seals the audit entries written since ({@link AuditTrail#sealPending}). The chain's
 * head is locked while it does, so one instance seals at a time and the others find nothing left.
 */
@Stateless
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    AuditTrail audit;

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    public void everySecond() {
        try {
            audit.sealPending();
        } catch (RuntimeException failure) {
            // nothing is lost: the entries wait, and the next second (or the next search or verification) seals them
            LOG.log(Level.WARNING, "Sealing the audit trail failed; the next run tries again", failure);
        }
    }
}
