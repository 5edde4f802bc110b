package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.AnswerRejectedException;
import org.rebuildtrust.homework.AnswerSheet;
import org.rebuildtrust.homework.DraftSaved;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * A partner answering one assignment in the portal. Drafts are saved every few seconds and when the page is left;
 * submitting checks everything and makes the answer read-only until the therapist reopens it.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    private String id;
    private AnswerSheet sheet;
    private AnswerForm form;
    private Instant lastSaved;

    public void load() {
        sheet = homework.sheet(currentActor.require(), Ids.parse("Assignment", id));
        Answer mine = sheet.mine();
        pageViews.opened(AuditRecord.HOMEWORK_ANSWER, mine.getId(), sheet.assignment().getCouple().getId(), "answer page");
        form = new AnswerForm(sheet.assignment().getTemplate().getPrompts(), mine.valueTexts(), mine.valueVersions());
        lastSaved = mine.getSavedAt();
    }

    /** Called by the timer and when the page is hidden; quiet unless something needs the partner's attention. */
    public void autosave() {
        if (isReadOnly() || !form.hasChanges()) {
            return;
        }
        save(false);
    }

    public void saveNow() {
        if (save(true)) {
            Messages.info("answer.draftSaved");
        }
    }

    public void submit() {
        try {
            Map<Long, String> changes = form.changes(true);
            DraftSaved outcome = homework.submit(currentActor.require(), sheet.mine().getId(), changes,
                    form.seenVersions());
            form.saved(outcome, changes.keySet());
            load();
            Messages.info(sheet.waitingForReveal() ? "answer.submittedRevealLater" : "answer.submitted");
            if (outcome.recordedAsCheckIn()) {
                Messages.info("answer.recordedAsCheckIn");
            }
        } catch (AnswerRejectedException refused) {
            form.refused(refused.getProblems());
            Messages.error("answer.rejected");
        } catch (BusinessRuleException refused) {
            Messages.refused(refused, "answerForm");
            if ("answer.alreadySubmitted".equals(refused.getMessageKey())) {
                load();
            }
        }
    }

    private boolean save(boolean explicit) {
        Map<Long, String> changes = form.changes(explicit);
        if (changes.isEmpty()) {
            return explicit;
        }
        try {
            DraftSaved outcome = homework.saveDraft(currentActor.require(), sheet.mine().getId(), changes,
                    form.seenVersions());
            form.saved(outcome, changes.keySet());
            if (!outcome.conflicts().isEmpty()) {
                Messages.error("answer.changedMeanwhile");
                return false;
            }
            lastSaved = Instant.now();
            return true;
        } catch (AnswerRejectedException refused) {
            form.refused(refused.getProblems());
            if (explicit) {
                Messages.error("answer.rejected");
            }
            return false;
        } catch (BusinessRuleException refused) {
            Messages.refused(refused, "answerForm");
            return false;
        }
    }

    public boolean isReadOnly() {
        return sheet.mine().getStatus().isDone();
    }

    /** The other answers the partner may read, by answer, as the readable stored texts. */
    public Map<Long, String> valuesOf(Answer answer) {
        return answer.valueTexts();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public org.rebuildtrust.homework.Assignment getAssignment() {
        return sheet.assignment();
    }

    public AnswerForm getForm() {
        return form;
    }

    public Instant getLastSaved() {
        return lastSaved;
    }

    /** When the draft was last saved, as the partner's clock shows it (the server runs in their time zone). */
    public String getLastSavedText() {
        return lastSaved == null ? "" : java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss")
                .format(lastSaved.atZone(java.time.ZoneId.systemDefault()));
    }
}
