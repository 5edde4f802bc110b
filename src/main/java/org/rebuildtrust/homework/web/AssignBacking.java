package org.rebuildtrust.homework.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.Assignee;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Program;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.DuplicateSuspectedException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Giving homework to a couple: one template (optionally repeating) or a whole program. */
@Named
@ViewScoped
public class AssignBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who answers, as the form offers it: each partner, one of the two by name, or together. */
    public static final String EACH = "EACH";
    public static final String TOGETHER = "TOGETHER";

    @Inject
    transient CoupleService couples;

    @Inject
    transient LibraryService library;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    private String coupleId;
    private Couple couple;
    private List<SelectItem> templateChoices;
    private List<Program> programs;
    private boolean program;
    private String answeredBy = EACH;
    private final AssignmentRequest request = new AssignmentRequest();
    private boolean duplicateWarned;

    public void load() {
        couple = couples.findInCare(currentActor.require(), Ids.parse("Couple", coupleId));
        List<Template> templates = library.library(currentActor.require());
        templateChoices = new ArrayList<>();
        for (Step.Group group : Step.Group.values()) {
            List<SelectItem> items = templates.stream().filter(t -> t.getStep().getGroup() == group)
                    .map(t -> new SelectItem(t.getId(), t.getTitle() + " (" + Messages.text("enum.Step." + t.getStep()) + ")"))
                    .toList();
            SelectItemGroup itemGroup = new SelectItemGroup(Messages.text("enum.Step.Group." + group));
            itemGroup.setSelectItems(items);
            templateChoices.add(itemGroup);
        }
        programs = library.programs(currentActor.require());
        if (request.getDueDate() == null) {
            request.setDueDate(LocalDate.now(clock).plusDays(7));
        }
    }

    public void assign() throws IOException {
        give(false);
    }

    /** After the warning that the same homework is already open: gives it again. */
    public void assignAnyway() throws IOException {
        give(duplicateWarned);
    }

    /** Whether the page offers to give the homework again after warning that it is already open. */
    public boolean isDuplicateWarned() {
        return duplicateWarned;
    }

    private void give(boolean duplicateConfirmed) throws IOException {
        duplicateWarned = false;
        request.setDuplicateConfirmed(duplicateConfirmed);
        try {
            answeredBy();
            List<Assignment> given = program
                    ? homework.assignProgram(currentActor.require(), couple.getId(), request)
                    : homework.assign(currentActor.require(), couple.getId(), request);
            Messages.infoAfterRedirect("assign.done", given.size());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/therapist/couples/couple.xhtml?id=" + couple.getId());
        } catch (DuplicateSuspectedException duplicate) {
            duplicateWarned = true;
            Messages.warned(duplicate, "assignForm");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "assignForm");
        }
    }

    /**
     * Who answers, from what the form sent: only one of the choices it offered (each partner, a partner of this couple,
     * together); anything else (a hand-made value, none) is refused at the field.
     */
    private void answeredBy() {
        if (EACH.equals(answeredBy)) {
            request.setAssignee(Assignee.EACH_PARTNER);
        } else if (TOGETHER.equals(answeredBy)) {
            request.setAssignee(Assignee.TOGETHER);
        } else {
            Partner partner = couple.getPartners().stream()
                    .filter(p -> p.getId() != null && p.getId().toString().equals(answeredBy))
                    .findFirst()
                    .orElseThrow(() -> new BusinessRuleException("assign.chooseWhoAnswers", "partner"));
            request.setAssignee(Assignee.ONE_PARTNER);
            request.setPartnerId(partner.getId());
        }
    }

    public String getCoupleId() {
        return coupleId;
    }

    public void setCoupleId(String coupleId) {
        this.coupleId = coupleId;
    }

    public Couple getCouple() {
        return couple;
    }

    public List<SelectItem> getTemplateChoices() {
        return templateChoices;
    }

    public List<Program> getPrograms() {
        return programs;
    }

    public boolean isProgram() {
        return program;
    }

    public void setProgram(boolean program) {
        this.program = program;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public void setAnsweredBy(String answeredBy) {
        this.answeredBy = answeredBy;
    }

    public AssignmentRequest getRequest() {
        return request;
    }
}
