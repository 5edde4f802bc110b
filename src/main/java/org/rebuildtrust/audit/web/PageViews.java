package org.rebuildtrust.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.security.CurrentActor;

/**
 * Records that the signed-in person opened a page showing clinical data: one entry per page opened. A postback (an
 * action on the page, which reloads what it shows) records nothing here, because the action records itself.
 */
@ApplicationScoped
public class PageViews {

    @Inject
    AuditTrail audit;

    @Inject
    CurrentActor currentActor;

    public void opened(AuditRecord record, Long recordId, Long coupleId, String detail) {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        audit.record(currentActor.require(), AuditAction.VIEW, record, recordId, coupleId, detail);
    }
}
