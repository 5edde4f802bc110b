package org.rebuildtrust.intake.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.intake.Intake;
import org.rebuildtrust.intake.IntakeService;
import org.rebuildtrust.security.CurrentActor;

/** Where the partner's own intake stands, for the card on their portal home: not started, being written, or sent. */
@Named
@RequestScoped
public class PortalIntakeStatus {

    @Inject
    IntakeService intakes;

    @Inject
    CurrentActor currentActor;

    private String status;

    /** NONE, DRAFT or SUBMITTED. */
    public String getStatus() {
        if (status == null) {
            status = intakes.mine(currentActor.require()).map(Intake::getStatus).map(Enum::name).orElse("NONE");
        }
        return status;
    }
}
