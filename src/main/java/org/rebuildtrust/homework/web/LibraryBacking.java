package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Step;
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

    public void load() {
        templates = library.library(currentActor.require());
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
