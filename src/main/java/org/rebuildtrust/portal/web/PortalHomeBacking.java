package org.rebuildtrust.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.CurrentActor;

/** A partner's portal home: who they are, their couple and their therapist. */
@Named
@RequestScoped
public class PortalHomeBacking {

    @Inject
    CoupleService coupleService;

    @Inject
    CurrentActor currentActor;

    @Inject
    PageViews pageViews;

    private Partner me;
    private Couple couple;

    @PostConstruct
    void init() {
        // the partner's own record comes with the couple, both partners and the therapist: the couple is not read again
        me = coupleService.findOwnPartner(currentActor.require());
        couple = me.getCouple();
        pageViews.opened(AuditRecord.COUPLE, couple.getId(), couple.getId(), "portal home");
    }

    public Partner getMe() {
        return me;
    }

    /** The other partner of the couple: their name only, nothing of what they write. */
    public Partner getOtherPartner() {
        return couple.getPartnerA().getId().equals(me.getId()) ? couple.getPartnerB() : couple.getPartnerA();
    }

    public Couple getCouple() {
        return couple;
    }
}
