package org.rebuildtrust.review;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Shortly after midnight, homework turns overdue and check-ins become two weeks old: refresh the caseload markers. */
@Singleton
public class NightlyAttentionRefresh {

    @Inject
    CaseloadAttention attention;

    @Schedule(hour = "0", minute = "5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyNight() {
        attention.refreshAll();
    }
}
