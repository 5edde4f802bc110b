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

    public static final int PROGRAM_TITLE_LENGTH = 120;
    public static final int PROGRAM_DESCRIPTION_LENGTH = 1000;
    public static final int MAX_PROGRAM_STEPS = 20;
    /** A program spans at most a year: its last step is due within 365 days of the first. */
    public static final int MAX_OFFSET_DAYS = 365;

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

    /** Every revision of the template's family, newest first, for the list of revisions on the template's pages. */
    public List<Template> revisionsOf(@NotNull Actor actor, long templateId) {
        Template template = find(actor, templateId);
        return em.createQuery("SELECT t FROM Template t WHERE t.familyId = :family"
                        + " AND (t.practice IS NULL OR t.practice.id = :practiceId) ORDER BY t.revision DESC", Template.class)
                .setParameter("family", template.getFamilyId())
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
    }

    /**
     * Saves a program of the therapist's practice built from library templates: a new one when {@code programId} is
     * null, else one of the practice's own (built-in programs are read-only). Homework already given from a program
     * is separate assignments and does not change.
     */
    public Program saveProgram(@NotNull Actor actor, Long programId, Long expectedVersion, String title,
                               String description, @NotNull List<ProgramStep> steps) {
        requireStaff(actor);
        if (title == null || title.isBlank()) {
            throw new BusinessRuleException("program.titleRequired", "title");
        }
        if (title.strip().length() > PROGRAM_TITLE_LENGTH) {
            throw new BusinessRuleException("program.titleTooLong", "title");
        }
        if (description != null && description.strip().length() > PROGRAM_DESCRIPTION_LENGTH) {
            throw new BusinessRuleException("program.descriptionTooLong", "description");
        }
        if (steps.isEmpty() || steps.size() > MAX_PROGRAM_STEPS) {
            throw new BusinessRuleException("program.stepCount");
        }
        java.util.Set<Long> families = new java.util.HashSet<>();
        library(actor).forEach(t -> families.add(t.getFamilyId()));
        for (ProgramStep step : steps) {
            if (!families.contains(step.templateFamilyId())) {
                throw new BusinessRuleException("program.unknownTemplate");
            }
            if (step.offsetDays() < 0 || step.offsetDays() > MAX_OFFSET_DAYS) {
                throw new BusinessRuleException("program.offsetRange");
            }
        }
        Program program;
        if (programId == null) {
            program = new Program(em.find(Practice.class, actor.practiceId()));
        } else {
            program = program(actor, programId);
            if (program.isBuiltIn()) {
                throw new BusinessRuleException("program.builtInReadOnly");
            }
            program.checkVersion(expectedVersion == null ? -1 : expectedVersion);
        }
        program.write(title, description, steps);
        if (programId == null) {
            em.persist(program);
        }
        return program;
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
