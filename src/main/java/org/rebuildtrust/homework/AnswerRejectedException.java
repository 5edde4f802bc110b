package org.rebuildtrust.homework;

import org.rebuildtrust.shared.BusinessRuleException;

import java.util.List;

/** An answer that cannot be saved or submitted as it is; each problem names its prompt. Nothing was written. */
public class AnswerRejectedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    private final List<AnswerProblem> problems;

    public AnswerRejectedException(List<AnswerProblem> problems) {
        super("answer.rejected");
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> getProblems() {
        return problems;
    }
}
