package org.rebuildtrust.homework.web;

import org.rebuildtrust.homework.AnswerProblem;
import org.rebuildtrust.homework.DraftSaved;
import org.rebuildtrust.homework.Prompt;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The changed fields' values by prompt id (a cleared field is sent as an empty string). */
    public Map<Long, String> changes() {
        Map<Long, String> changes = new HashMap<>();
        fields.stream().filter(PromptField::isChanged).forEach(f -> {
            String typed = f.typedText();
            changes.put(f.getPrompt().getId(), typed == null ? "" : typed);
        });
        return changes;
    }

    public Map<Long, Long> seenVersions() {
        return Map.copyOf(seenVersions);
    }

    /**
     * Takes in the outcome of a save. Saved fields now match the store. A field someone else changed meanwhile
     * keeps what this partner typed and says what is stored; its version is taken as seen, so saving again
     * (after reading the note) replaces it deliberately.
     */
    public void saved(DraftSaved outcome) {
        for (PromptField field : fields) {
            long promptId = field.getPrompt().getId();
            field.setNote(null);
            if (outcome.conflicts().contains(promptId)) {
                String theirs = outcome.storedTexts().get(promptId);
                field.setNote(Messages.text("answer.changedByPartner", theirs == null ? "" : theirs));
            } else if (field.isChanged()) {
                field.markSaved();
            }
            Long version = outcome.storedVersions().get(promptId);
            if (version != null) {
                seenVersions.put(promptId, version);
            }
        }
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
