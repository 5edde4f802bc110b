package org.rebuildtrust.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.checkins.CheckInMeasure;
import org.rebuildtrust.shared.BaseEntity;

import java.util.Arrays;
import java.util.List;

/**
 * One question of a template, of a kind. A prompt belongs to exactly one template revision and never changes
 * once that revision has been assigned: editing a template makes a new revision with new prompts.
 */
@Entity
@Table(name = "homework_prompt")
public class Prompt extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int QUESTION_LENGTH = 500;
    public static final int HELP_LENGTH = 1000;
    public static final int LABEL_LENGTH = 60;
    public static final int OPTIONS_LENGTH = 2000;
    public static final int MAX_TEXT_LENGTH = 8000;
    /** Checklist options are stored in one column, separated by this character (which an option may not contain). */
    public static final String OPTION_SEPARATOR = "|";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id", nullable = false)
    private Template template;

    @Column(nullable = false)
    private int position;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PromptKind kind = PromptKind.TEXT;

    @NotBlank
    @Size(max = QUESTION_LENGTH)
    @Column(nullable = false, length = QUESTION_LENGTH)
    private String question;

    @Size(max = HELP_LENGTH)
    @Column(length = HELP_LENGTH)
    private String help;

    @Column(nullable = false)
    private boolean required = true;

    @Min(1)
    @Max(MAX_TEXT_LENGTH)
    @Column(name = "max_length")
    private Integer maxLength;

    @Size(max = LABEL_LENGTH)
    @Column(name = "low_label", length = LABEL_LENGTH)
    private String lowLabel;

    @Size(max = LABEL_LENGTH)
    @Column(name = "high_label", length = LABEL_LENGTH)
    private String highLabel;

    @Size(max = OPTIONS_LENGTH)
    @Column(length = OPTIONS_LENGTH)
    private String options;

    /** On a check-in template, which check-in measure this prompt collects (see {@link CheckInMeasure}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "check_in_measure", length = 16)
    private CheckInMeasure checkInMeasure;

    protected Prompt() {
        // for JPA
    }

    /** A new, empty prompt for the template editor. */
    public static Prompt blank(PromptKind kind) {
        Prompt prompt = new Prompt();
        prompt.kind = kind;
        prompt.maxLength = switch (kind) {
            case TEXT -> Integer.valueOf(MAX_TEXT_LENGTH);
            case LIST -> Integer.valueOf(200);
            default -> null;
        };
        return prompt;
    }

    /** A copy for another template revision: same content, new identity. */
    Prompt copyFor(Template owner, int newPosition) {
        Prompt copy = new Prompt();
        copy.template = owner;
        copy.position = newPosition;
        copy.kind = kind;
        copy.question = question;
        copy.help = help;
        copy.required = required;
        copy.maxLength = maxLength;
        copy.lowLabel = lowLabel;
        copy.highLabel = highLabel;
        copy.options = options;
        copy.checkInMeasure = checkInMeasure;
        return copy;
    }

    void placeIn(Template owner, int newPosition) {
        this.template = owner;
        this.position = newPosition;
    }

    /** The effective length limit of a text answer or of one list item. */
    public int limit() {
        if (maxLength != null) {
            return maxLength;
        }
        return kind == PromptKind.LIST ? 200 : MAX_TEXT_LENGTH;
    }

    public List<String> optionList() {
        return splitOptions(options);
    }

    /** Options as stored in one column, in order. */
    static List<String> splitOptions(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return Arrays.stream(options.split("\\" + OPTION_SEPARATOR)).map(String::trim).filter(o -> !o.isEmpty()).toList();
    }

    public Template getTemplate() {
        return template;
    }

    public int getPosition() {
        return position;
    }

    public PromptKind getKind() {
        return kind;
    }

    public void setKind(PromptKind kind) {
        this.kind = kind;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public Integer getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(Integer maxLength) {
        this.maxLength = maxLength;
    }

    public String getLowLabel() {
        return lowLabel;
    }

    public void setLowLabel(String lowLabel) {
        this.lowLabel = lowLabel;
    }

    public String getHighLabel() {
        return highLabel;
    }

    public void setHighLabel(String highLabel) {
        this.highLabel = highLabel;
    }

    /** Checklist options, one per line, for the editor. */
    public String getOptionLines() {
        return String.join("\n", optionList());
    }

    public void setOptionLines(String lines) {
        this.options = lines == null ? null : String.join(OPTION_SEPARATOR, lines.lines()
                .map(String::trim).filter(line -> !line.isEmpty()).map(line -> line.replace(OPTION_SEPARATOR, "/")).toList());
    }

    public CheckInMeasure getCheckInMeasure() {
        return checkInMeasure;
    }
}
