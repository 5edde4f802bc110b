package org.rebuildtrust.homework.web;

import org.rebuildtrust.homework.AnswerProblem;
import org.rebuildtrust.homework.DraftSaved;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of one answer as the partner edits them, with the versions of the stored values they last saw.
 * Only changed fields are sent, so a joint answer's other author's edits to other prompts are never overwritten.
 */
public class AnswerForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<PromptField> fields;
    private final Map<Long, Long> seenVersions;

    public AnswerForm(List<Prompt> prompts, Map<Long, String> storedTexts, Map<Long, Long> storedVersions) {
        this.fields = prompts.stream().map(p -> new PromptField(p, storedTexts.get(p.getId()))).toList();
        this.seenVersions = new HashMap<>(storedVersions);
    }

    /**
     * The changed fields' values by prompt id (a cleared field is sent as an empty string). A field in conflict with
     * the other author's text is sent only when the partner saves on purpose: an autosave never replaces their text.
     */
    public Map<Long, String> changes(boolean onPurpose) {
        Map<Long, String> changes = new HashMap<>();
        fields.stream().filter(PromptField::isChanged).filter(f -> onPurpose || !f.isInConflict()).forEach(f -> {
            String typed = f.typedText();
            changes.put(f.getPrompt().getId(), typed == null ? "" : typed);
        });
        return changes;
    }

    public Map<Long, Long> seenVersions() {
        return Map.copyOf(seenVersions);
    }

    /**
     * Takes in the outcome of a save that sent the prompts in {@code sent}. Those saved now match the store and take
     * its version. A field someone else changed meanwhile keeps what this partner typed, shows what is stored, and
     * takes its version as seen, so the partner's own Save or Submit (after reading it) replaces it deliberately,
     * while autosave leaves it alone. Fields not sent keep the version of the text on the partner's screen, so that
     * a later edit of a prompt the other author changed meanwhile is a conflict too, never a silent overwrite.
     */
    public void saved(DraftSaved outcome, Set<Long> sent) {
        for (PromptField field : fields) {
            long promptId = field.getPrompt().getId();
            if (outcome.conflicts().contains(promptId)) {
                field.conflictsWith(PromptField.readable(outcome.storedTexts().get(promptId)));
                field.setNote(Messages.text("answer.changedByPartner"));
            } else if (sent.contains(promptId)) {
                field.setNote(null);
                field.markSaved();
            } else {
                continue;
            }
            Long version = outcome.storedVersions().get(promptId);
            if (version == null) {
                seenVersions.remove(promptId);
            } else {
                seenVersions.put(promptId, version);
            }
        }
    }

    public boolean hasConflicts() {
        return fields.stream().anyMatch(PromptField::isInConflict);
    }

    /** Puts each refusal next to its prompt. */
    public void refused(List<AnswerProblem> problems) {
        fields.forEach(f -> f.setNote(null));
        for (AnswerProblem problem : problems) {
            fields.stream().filter(f -> f.getPrompt().getId() == problem.promptId()).findFirst()
                    .ifPresent(f -> f.setNote(Messages.text(problem.messageKey(), f.getPrompt().limit())));
        }
    }

    public boolean hasChanges() {
        return fields.stream().anyMatch(PromptField::isChanged);
    }

    public List<PromptField> getFields() {
        return fields;
    }
}
