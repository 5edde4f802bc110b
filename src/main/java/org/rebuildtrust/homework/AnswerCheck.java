package org.rebuildtrust.homework;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules for values typed into prompts. A draft may be incomplete but never malformed or over-long;
 * a submission must also answer every required prompt, so a blank form can never count as done.
 */
final class AnswerCheck {

    private AnswerCheck() {
    }

    static List<AnswerProblem> check(List<Prompt> prompts, Map<Long, String> values, boolean submitting) {
        List<AnswerProblem> problems = new ArrayList<>();
        for (Prompt prompt : prompts) {
            String value = values.get(prompt.getId());
            String problem = problemWith(prompt, value == null ? "" : value, submitting);
            if (problem != null) {
                problems.add(new AnswerProblem(prompt.getId(), problem));
            }
        }
        return problems;
    }

    private static String problemWith(Prompt prompt, String value, boolean submitting) {
        if (value.isBlank()) {
            return submitting && prompt.isRequired() ? "answer.required" : null;
        }
        return switch (prompt.getKind()) {
            case TEXT -> value.length() > prompt.limit() ? "answer.tooLong" : null;
            case SCALE -> scaleProblem(value);
            case YES_NO -> value.equals("yes") || value.equals("no") ? null : "answer.yesNo";
            case DATE -> dateProblem(value);
            case CHECKLIST -> prompt.optionList().containsAll(value.lines().toList()) ? null : "answer.unknownOption";
            case LIST -> listProblem(prompt, value);
        };
    }

    private static String scaleProblem(String value) {
        try {
            int number = Integer.parseInt(value.trim());
            return number < PromptKind.SCALE_MIN || number > PromptKind.SCALE_MAX ? "answer.scaleRange" : null;
        } catch (NumberFormatException e) {
            return "answer.scaleRange";
        }
    }

    private static String dateProblem(String value) {
        try {
            LocalDate.parse(value.trim());
            return null;
        } catch (DateTimeParseException e) {
            return "answer.date";
        }
    }

    private static String listProblem(Prompt prompt, String value) {
        List<String> items = value.lines().toList();
        if (items.size() > PromptKind.MAX_LIST_ITEMS) {
            return "answer.tooManyItems";
        }
        return items.stream().anyMatch(item -> item.length() > prompt.limit()) ? "answer.tooLong" : null;
    }
}
