package org.rebuildtrust.homework.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.PromptKind;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;

/**
 * Writing a template: from scratch, as a copy of another (built-in or own), or editing an own template, which saves
 * a new revision so homework already given never changes. Prompts are added, ordered and removed on the page.
 */
@Named
@ViewScoped
public class TemplateEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    @Inject
    transient CurrentActor currentActor;

    private String id;
    private String copyOf;
    private Template template;
    private Long editingId;
    private PromptKind newPromptKind = PromptKind.TEXT;
    private Template outdated;
    private Template newest;
    private java.util.List<Template> revisions;

    /** Set when the page was opened on an old revision: the form is not shown, the newest revision is offered. */
    public Template getOutdated() {
        return outdated;
    }

    public Template getNewest() {
        return newest;
    }

    public java.util.List<Template> getRevisions() {
        return revisions;
    }

    public void load() {
        if (template != null || outdated != null) {
            return;
        }
        if (id != null) {
            Template stored = library.find(currentActor.require(), Ids.parse("Template", id));
            if (stored.isBuiltIn()) {
                throw new org.rebuildtrust.shared.RecordNotFoundException("Editable template", id);
            }
            if (!stored.isCurrent()) {
                // An old revision (a stale page, a bookmark): say a newer one exists and lead to it, never "not found".
                outdated = stored;
                newest = library.currentOfFamily(currentActor.require(), stored.getFamilyId());
                revisions = library.revisionsOf(currentActor.require(), stored.getId());
                return;
            }
            editingId = stored.getId();
            template = stored;
        } else if (copyOf != null) {
            template = library.find(currentActor.require(), Ids.parse("Template", copyOf)).copy();
        } else {
            template = Template.draft();
        }
    }

    public void addPrompt() {
        try {
            template.addPrompt(newPromptKind);
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "templateForm");
        }
    }

    public void removePrompt(int index) {
        template.removePrompt(index);
    }

    public void movePrompt(int index, int delta) {
        template.movePrompt(index, delta);
    }

    public void save() throws IOException {
        try {
            Template saved = editingId == null
                    ? library.create(currentActor.require(), template)
                    : library.revise(currentActor.require(), editingId, template);
            Messages.infoAfterRedirect("library.saved", saved.getTitle());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/therapist/library/index.xhtml");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "templateForm");
        } catch (ConstraintViolationException invalid) {
            invalid.getConstraintViolations().stream()
                    .sorted(java.util.Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> Messages.errorText(where(v) + v.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Names the field a violation is about, as the form labels it: "Prompt 3, Question: ". */
    private static String where(ConstraintViolation<?> violation) {
        String prompt = null;
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if ("prompts".equals(node.getName()) && node.getIndex() != null) {
                prompt = Messages.text("template.promptNumber", node.getIndex() + 1);
            } else if (node.getName() != null && !node.getName().startsWith("arg") && !"save".equals(node.getName())
                    && !"create".equals(node.getName()) && !"revise".equals(node.getName()) && !"prompts".equals(node.getName())) {
                field = node.getName();
            }
        }
        String label = field == null ? "" : Messages.text(prompt == null ? "template." + field : "template.prompt." + field);
        return (prompt == null ? "" : prompt + ", ") + (label.isEmpty() ? "" : label + ": ");
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCopyOf() {
        return copyOf;
    }

    public void setCopyOf(String copyOf) {
        this.copyOf = copyOf;
    }

    public Template getTemplate() {
        return template;
    }

    public PromptKind getNewPromptKind() {
        return newPromptKind;
    }

    public void setNewPromptKind(PromptKind newPromptKind) {
        this.newPromptKind = newPromptKind;
    }
}
