package org.rebuildtrust.datarights.web;

import org.rebuildtrust.shared.Lengths;
import jakarta.validation.constraints.Size;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.datarights.CoupleErasureService;
import org.rebuildtrust.datarights.CoupleExportService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Downloads;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;

/** The couple page's data-rights actions: export everything as a ZIP (staff), erase a closed couple (admin). */
@Named
@ViewScoped
public class CoupleDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoupleExportService exports;

    @Inject
    transient CoupleErasureService erasure;

    @Inject
    transient CurrentActor currentActor;

    @Size(max = Lengths.LABEL)
    private String confirmName;

    public void exportAll(long coupleId) {
        byte[] zip = exports.export(currentActor.require(), coupleId, Messages.texts());
        Downloads.send(zip, "couple-" + coupleId + "-all-data.zip");
    }

    public void erase(long coupleId) throws IOException {
        try {
            erasure.erase(currentActor.require(), coupleId, confirmName);
            Messages.infoAfterRedirect("erasure.done");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/therapist/caseload.xhtml");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "erasureForm");
        }
    }

    public String getConfirmName() {
        return confirmName;
    }

    public void setConfirmName(String confirmName) {
        this.confirmName = confirmName;
    }
}
