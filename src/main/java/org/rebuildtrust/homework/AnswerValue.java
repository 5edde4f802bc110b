package org.rebuildtrust.homework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.shared.BaseEntity;

/**
 * The answer to one prompt, as text (see {@link PromptKind}). Its own version lets two partners edit different
 * prompts of a joint answer at once, and catches them when they change the same one.
 */
@Entity
@Table(name = "answer_value")
public class AnswerValue extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "answer_id", nullable = false)
    private Answer answer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "prompt_id", nullable = false)
    private Prompt prompt;

    @Column(name = "value_text", length = Prompt.MAX_TEXT_LENGTH)
    private String valueText;

    protected AnswerValue() {
        // for JPA
    }

    AnswerValue(Answer answer, Prompt prompt, String valueText) {
        this.answer = answer;
        this.prompt = prompt;
        this.valueText = valueText;
    }

    void change(String newText) {
        this.valueText = newText;
    }

    public Prompt getPrompt() {
        return prompt;
    }

    public String getValueText() {
        return valueText;
    }
}
