package org.rebuildtrust.homework;

/** One answer as a progress report may carry it: its status always, its text only where {@code textIncluded}. */
public record AnswerForReport(Answer answer, boolean textIncluded) {
}
