package org.rebuildtrust.invitations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.invitations.Invitation;
import org.rebuildtrust.invitations.InvitationService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;
import org.rebuildtrust.shared.web.PortalAddress;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The couple page's invitations: each partner's state, invite or invite again, revoke. */
@Named
@ViewScoped
public class InvitationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient InvitationService invitations;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    @Inject
    transient PortalAddress portalAddress;

    private long coupleId;
    private Map<Long, Invitation> latest = Map.of();

    /**
     * Reads the latest invitation of each partner of the couple the page shows. The page shows invitations only for a
     * partner without a portal login, so a couple whose partners both have one needs nothing read.
     */
    public void load(Couple shown) {
        this.coupleId = shown.getId();
        if (shown.getPartners().stream().allMatch(Partner::hasPortalAccount)) {
            latest = Map.of();
        } else {
            read();
        }
    }

    private void read() {
        latest = invitations.latestOf(currentActor.require(), coupleId);
    }

    public void invite(Partner partner) {
        try {
            Invitation sent = invitations.invite(currentActor.require(), coupleId, partner.getId(), portalAddress.current());
            Messages.info("invitation.sent", sent.getEmail());
            read();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "coupleForm");
        }
    }

    public void revoke(Partner partner) {
        invitations.revoke(currentActor.require(), coupleId, partner.getId());
        Messages.info("invitation.revoked");
        read();
    }

    public boolean hasOpen(Partner partner) {
        Invitation invitation = latest.get(partner.getId());
        return invitation != null && invitation.stateAt(clock.instant()) == Invitation.State.OPEN;
    }

    /** "Invitation sent, open until ...", or empty when the partner was never invited. */
    public String stateText(Partner partner) {
        Invitation invitation = latest.get(partner.getId());
        if (invitation == null) {
            return "";
        }
        Invitation.State state = invitation.stateAt(clock.instant());
        return Messages.text("invitation.state." + state,
                WHEN.format(LocalDateTime.ofInstant(invitation.getExpiresAt(), clock.getZone())));
    }
}
