package org.rebuildtrust.couples.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The "new couple" form: the couple and both partners in one step; admins also pick the therapist. */
@Named
@ViewScoped
public class NewCoupleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CoupleService coupleService;

    @Inject
    transient TherapistService therapistService;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    private Couple couple;
    private Long therapistId;
    private List<Therapist> therapists = List.of();

    @PostConstruct
    void init() {
        couple = Couple.draft(LocalDate.now(clock));
        Actor actor = currentActor.require();
        if (actor.isAdmin()) {
            therapists = therapistService.listPractice(actor).stream().filter(Therapist::isActive).toList();
        }
    }

    public void create() throws IOException {
        try {
            Couple created = coupleService.create(currentActor.require(), couple, therapistId);
            Messages.infoAfterRedirect("couple.created", created.getLabel());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/therapist/couples/couple.xhtml?id=" + created.getId());
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "coupleForm");
        }
    }

    public boolean isTherapistChoice() {
        return !therapists.isEmpty();
    }

    public Couple getCouple() {
        return couple;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(Long therapistId) {
        this.therapistId = therapistId;
    }

    public List<Therapist> getTherapists() {
        return therapists;
    }
}
