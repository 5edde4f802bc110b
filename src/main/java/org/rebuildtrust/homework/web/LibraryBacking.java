package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Program;
import org.rebuildtrust.homework.ProgramItem;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The library page: templates by step group, built-in and the practice's own. */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    @Inject
    transient CurrentActor currentActor;

    private List<Template> templates;
    private List<Program> programs;

    public void load() {
        templates = library.library(currentActor.require());
        programs = library.programs(currentActor.require());
    }

    public List<Program> getPrograms() {
        return programs;
    }

    /** The title of a program step's template (its current revision), as the library lists it. */
    public String titleOf(ProgramItem item) {
        return templates.stream().filter(t -> t.getFamilyId().equals(item.getTemplateFamilyId()))
                .map(Template::getTitle).findFirst().orElse(Messages.text("program.archivedTemplate"));
    }

    public void archive(Template template) {
        try {
            library.archive(currentActor.require(), template.getId());
            Messages.info("library.archived", template.getTitle());
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "libraryForm");
        }
    }

    public List<Template> inGroup(Step.Group group) {
        return templates.stream().filter(t -> t.getStep().getGroup() == group).toList();
    }

    public List<Step.Group> getGroups() {
        return List.of(Step.Group.values());
    }
}
