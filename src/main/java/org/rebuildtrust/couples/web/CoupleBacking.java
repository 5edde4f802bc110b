package org.rebuildtrust.couples.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The couple page: details and both partners, and the same page's edit mode. The form edits the copy loaded
 * with the page; saving sends its versions along, so a change made meanwhile by someone else is refused.
 */
@Named
@ViewScoped
public class CoupleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoupleService coupleService;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    private String id;
    private Couple couple;
    private boolean editing;
    private final Map<Long, String> portalLogins = new HashMap<>();
    private final Map<Long, String> portalPasswords = new HashMap<>();

    /** Loads the couple named in the URL; unknown, malformed or someone else's ids all end on the not-found page. */
    public void load() {
        couple = coupleService.find(currentActor.require(), Ids.parse("Couple", id));
        pageViews.opened(AuditRecord.COUPLE, couple.getId(), couple.getId(), "couple page");
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        load();
        editing = false;
    }

    public void save() {
        try {
            couple = coupleService.update(currentActor.require(), couple);
            editing = false;
            Messages.info("couple.saved");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "coupleForm");
        } catch (OptimisticLockException lostRace) {
            Messages.refused(lostRace);
        }
    }

    /** Gives one partner a portal login with the login name and first password typed beside them. */
    public void givePortalLogin(Partner partner) {
        try {
            coupleService.givePortalLogin(currentActor.require(), couple.getId(), partner.getId(),
                    portalLogins.get(partner.getId()), portalPasswords.get(partner.getId()));
            Messages.info("couple.portalLoginGiven", partner.getFullName(), portalLogins.get(partner.getId()));
            portalLogins.remove(partner.getId());
            portalPasswords.remove(partner.getId());
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "coupleForm");
        }
    }

    public Map<Long, String> getPortalLogins() {
        return portalLogins;
    }

    public Map<Long, String> getPortalPasswords() {
        return portalPasswords;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Couple getCouple() {
        return couple;
    }

    public boolean isEditing() {
        return editing;
    }
}
