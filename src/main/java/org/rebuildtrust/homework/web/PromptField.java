package org.rebuildtrust.homework.web;

import org.rebuildtrust.homework.Prompt;
import jakarta.faces.model.SelectItem;
import org.rebuildtrust.homework.PromptKind;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One prompt on an answer form, holding what the partner typed in the shape its input needs (text, a date, ticked
 * options), and turning it into the stored text form and back (see {@link PromptKind}).
 */
public class PromptField implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Prompt prompt;
    private String text;
    private LocalDate date;
    private List<String> checked = new ArrayList<>();
    /** The stored text this form last showed; only fields that differ from it are sent when saving. */
    private String base;
    /** A refusal or a note about this field (already in words), shown beside it. */
    private String note;
    /**
     * Set when the other author of a joint answer stored this prompt while this partner was typing: what they stored.
     * Autosave leaves such a field alone; only the partner's own Save or Submit, after reading the note, replaces it.
     */
    private String theirs;
    private boolean inConflict;

    public PromptField(Prompt prompt, String storedText) {
        this.prompt = prompt;
        show(storedText);
    }

    /** Displays a stored text in the input. */
    final void show(String storedText) {
        base = normalize(storedText);
        text = null;
        date = null;
        checked = new ArrayList<>();
        if (base == null) {
            return;
        }
        switch (prompt.getKind()) {
            case DATE -> {
                try {
                    date = LocalDate.parse(base);
                } catch (DateTimeParseException e) {
                    text = base;
                }
            }
            case CHECKLIST -> checked = new ArrayList<>(base.lines().toList());
            default -> text = base;
        }
    }

    /** What the input holds, as stored text (null when empty). */
    public String typedText() {
        return switch (prompt.getKind()) {
            case DATE -> date == null ? null : date.toString();
            case CHECKLIST -> checked == null || checked.isEmpty() ? null : String.join("\n", checked);
            case LIST -> text == null ? null : normalize(String.join("\n",
                    text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()));
            default -> normalize(text);
        };
    }

    /** Whether the partner changed this field since it was last shown or saved. */
    public boolean isChanged() {
        return !java.util.Objects.equals(typedText(), base);
    }

    void markSaved() {
        base = typedText();
        inConflict = false;
        theirs = null;
    }

    void conflictsWith(String storedByOther) {
        inConflict = true;
        theirs = storedByOther;
    }

    public boolean isInConflict() {
        return inConflict;
    }

    /** What the other author stored, shown beside this partner's own text while the two differ. */
    public String getTheirs() {
        return theirs;
    }

    private static String normalize(String value) {
        return value == null || value.isBlank() ? null : value.replace("\r\n", "\n");
    }

    public Prompt getPrompt() {
        return prompt;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<String> getChecked() {
        return checked;
    }

    public void setChecked(List<String> checked) {
        this.checked = checked;
    }

    public String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = note;
    }

    /**
     * The scale's choices, 0 to 10, and for a prompt that may stay unanswered a choice of no number first: a radio
     * button, once chosen, cannot be unchosen by clicking it again.
     */
    public List<SelectItem> getScaleChoices() {
        List<SelectItem> choices = new ArrayList<>();
        if (!prompt.isRequired()) {
            choices.add(new SelectItem("", Messages.text("answer.noNumber")));
        }
        org.rebuildtrust.shared.Rating.choices().forEach(n -> choices.add(new SelectItem(String.valueOf(n), String.valueOf(n))));
        return choices;
    }

    /** A stored value as a person reads it: list items and ticked options one per line. */
    public static String readable(String storedText) {
        return storedText == null ? "" : storedText;
    }
}
