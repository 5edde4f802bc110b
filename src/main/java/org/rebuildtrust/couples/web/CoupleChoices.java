package org.rebuildtrust.couples.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rebuildtrust.couples.CoupleStatus;
import org.rebuildtrust.couples.InfidelityKind;
import org.rebuildtrust.couples.RecoveryRole;

import java.util.List;

/** The choices of the selection lists, in the order forms show them; their labels come from the bundle. */
@Named
@ApplicationScoped
public class CoupleChoices {

    public List<CoupleStatus> getCoupleStatuses() {
        return List.of(CoupleStatus.values());
    }

    public List<InfidelityKind> getInfidelityKinds() {
        return List.of(InfidelityKind.values());
    }

    public List<RecoveryRole> getRecoveryRoles() {
        return List.of(RecoveryRole.values());
    }
}
