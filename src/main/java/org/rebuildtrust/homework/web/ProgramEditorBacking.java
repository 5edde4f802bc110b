package org.rebuildtrust.homework.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Program;
import org.rebuildtrust.homework.ProgramItem;
import org.rebuildtrust.homework.ProgramStep;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.RecordNotFoundException;
import org.rebuildtrust.shared.web.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Writing a program of the practice's own: a title, a description, and library templates in order, each due some
 * days after the first. Steps are added and removed on the page; the service checks everything on save.
 */
@Named
@ViewScoped
public class ProgramEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    @Inject
    transient CurrentActor currentActor;

    private String id;
    private Long editingId;
    private Long version;
    @Size(max = LibraryService.PROGRAM_TITLE_LENGTH)
    private String title;
    @Size(max = LibraryService.PROGRAM_DESCRIPTION_LENGTH)
    private String description;
    private final List<Row> rows = new ArrayList<>();
    private List<SelectItem> templateChoices;

    /** One step as the form holds it; both values may be missing until saved. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long templateFamilyId;
        private Integer offsetDays;

        public Long getTemplateFamilyId() {
            return templateFamilyId;
        }

        public void setTemplateFamilyId(Long templateFamilyId) {
            this.templateFamilyId = templateFamilyId;
        }

        public Integer getOffsetDays() {
            return offsetDays;
        }

        public void setOffsetDays(Integer offsetDays) {
            this.offsetDays = offsetDays;
        }
    }

    public void load() {
        if (templateChoices != null) {
            return;
        }
        templateChoices = library.library(currentActor.require()).stream()
                .map(t -> new SelectItem(t.getFamilyId(), t.getTitle()
                        + " (" + Messages.text("enum.Step." + t.getStep()) + ")"))
                .toList();
        if (id == null) {
            addStep();
            return;
        }
        Program program = library.program(currentActor.require(), Ids.parse("Program", id));
        if (program.isBuiltIn()) {
            throw new RecordNotFoundException("Editable program", id);
        }
        editingId = program.getId();
        version = program.getVersion();
        title = program.getTitle();
        description = program.getDescription();
        for (ProgramItem item : program.getItems()) {
            Row row = new Row();
            row.templateFamilyId = item.getTemplateFamilyId();
            row.offsetDays = item.getOffsetDays();
            rows.add(row);
        }
    }

    public void addStep() {
        Row row = new Row();
        row.offsetDays = rows.isEmpty() ? 0 : (rows.get(rows.size() - 1).offsetDays == null ? 0
                : rows.get(rows.size() - 1).offsetDays + 7);
        rows.add(row);
    }

    public void removeStep(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void save() throws IOException {
        if (rows.stream().anyMatch(r -> r.templateFamilyId == null || r.offsetDays == null)) {
            Messages.error("program.stepIncomplete");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            Program saved = library.saveProgram(currentActor.require(), editingId, version, title, description,
                    rows.stream().map(r -> new ProgramStep(r.templateFamilyId, r.offsetDays)).toList());
            Messages.infoAfterRedirect("program.saved", saved.getTitle());
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/therapist/library/index.xhtml");
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "programForm");
        }
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

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getTemplateChoices() {
        return templateChoices;
    }

    public String stepLabel(int index) {
        return Messages.text("program.stepTemplate", index + 1);
    }

    public int getMaxOffsetDays() {
        return LibraryService.MAX_OFFSET_DAYS;
    }
}
