package org.rebuildtrust.homework;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.util.List;

/**
 * The homework library: the built-in templates and the practice's own, by step. Therapists and admins of a
 * practice create, copy, revise and archive their practice's templates; built-in ones are read-only.
 */
@ApplicationScoped
@Transactional
public class LibraryService {

    @PersistenceContext
    EntityManager em;

    protected LibraryService() {
        // for CDI
    }

    public LibraryService(EntityManager em) {
        this.em = em;
    }

    /** The current, not archived templates the actor's practice can assign, with their prompts, by step. */
    public List<Template> library(@NotNull Actor actor) {
        requireStaff(actor);
        return em.createQuery("SELECT DISTINCT t FROM Template t LEFT JOIN FETCH t.prompts"
                        + " WHERE t.current = TRUE AND t.archived = FALSE"
                        + " AND (t.practice IS NULL OR t.practice.id = :practiceId) ORDER BY t.step, t.title", Template.class)
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
    }

    /** A template revision the actor may see: built in, or of their practice. Clients see templates only through homework. */
    public Template find(@NotNull Actor actor, long templateId) {
        requireStaff(actor);
        List<Template> found = em.createQuery("SELECT DISTINCT t FROM Template t LEFT JOIN FETCH t.prompts WHERE t.id = :id"
                        + " AND (t.practice IS NULL OR t.practice.id = :practiceId)", Template.class)
                .setParameter("id", templateId)
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("Template", templateId);
        }
        return found.get(0);
    }

    /** The current revision of a family, for programs, which name families rather than revisions. */
    public Template currentOfFamily(@NotNull Actor actor, long familyId) {
        List<Template> found = em.createQuery("SELECT t FROM Template t WHERE t.familyId = :family AND t.current = TRUE"
                        + " AND (t.practice IS NULL OR t.practice.id = :practiceId)", Template.class)
                .setParameter("family", familyId)
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
        if (found.isEmpty()) {
            throw new RecordNotFoundException("Template family", familyId);
        }
        return found.get(0);
    }

    /** Saves a new template (from scratch, or a copy) as the first revision of a practice's own family. */
    public Template create(@NotNull Actor actor, @NotNull @Valid Template draft) {
        requireStaff(actor);
        Template copiedFrom = draft.getCopiedFrom() == null ? null : find(actor, draft.getCopiedFrom().getId());
        draft.establishIn(em.find(Practice.class, actor.practiceId()), copiedFrom);
        em.persist(draft);
        draft.startFamily();
        return draft;
    }

    /**
     * Saves an edited practice template as a new revision. Homework already assigned keeps pointing at the
     * revision it was given, so nothing a partner is answering changes under them.
     */
    public Template revise(@NotNull Actor actor, long templateId, @NotNull @Valid Template edited) {
        Template stored = ownTemplate(actor, templateId);
        stored.checkVersion(edited.getVersion());
        if (!stored.isCurrent()) {
            throw new BusinessRuleException("template.notCurrent");
        }
        Template next = stored.revise(edited);
        em.persist(next);
        return next;
    }

    public void archive(@NotNull Actor actor, long templateId) {
        ownTemplate(actor, templateId).archive();
    }

    public List<Program> programs(@NotNull Actor actor) {
        requireStaff(actor);
        return em.createQuery("SELECT DISTINCT p FROM Program p LEFT JOIN FETCH p.items"
                        + " WHERE p.practice IS NULL OR p.practice.id = :practiceId ORDER BY p.title", Program.class)
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
    }

    public Program program(@NotNull Actor actor, long programId) {
        return programs(actor).stream().filter(p -> p.getId() == programId).findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Program", programId));
    }

    private Template ownTemplate(Actor actor, long templateId) {
        Template template = find(actor, templateId);
        if (template.isBuiltIn()) {
            throw new BusinessRuleException("template.builtInReadOnly");
        }
        return template;
    }

    static void requireStaff(Actor actor) {
        if (actor.isClient()) {
            throw new RecordNotFoundException("Library for account", actor.accountId());
        }
    }
}
