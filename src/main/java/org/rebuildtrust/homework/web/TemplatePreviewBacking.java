package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.LibraryService;
import org.rebuildtrust.homework.Template;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.Ids;

import java.io.Serializable;
import java.util.Map;

/** A template shown exactly as a partner will see it, with inputs that save nothing. */
@Named
@ViewScoped
public class TemplatePreviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient LibraryService library;

    @Inject
    transient CurrentActor currentActor;

    private String id;
    private Template template;
    private AnswerForm form;
    private java.util.List<Template> revisions;

    public void load() {
        template = library.find(currentActor.require(), Ids.parse("Template", id));
        form = new AnswerForm(template.getPrompts(), Map.of(), Map.of());
        revisions = library.revisionsOf(currentActor.require(), template.getId());
    }

    public java.util.List<Template> getRevisions() {
        return revisions;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Template getTemplate() {
        return template;
    }

    public AnswerForm getForm() {
        return form;
    }
}
