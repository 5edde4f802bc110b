package org.rebuildtrust.homework;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The outcome of saving a draft: the stored texts and versions after the save, and the prompts that someone else
 * (the other partner, on a joint answer) changed meanwhile, which were left as they were stored, and whether a
 * submitted weekly check-in homework was recorded as this week's check-in.
 */
public record DraftSaved(Map<Long, String> storedTexts, Map<Long, Long> storedVersions, List<Long> conflicts,
                         AnswerStatus status, boolean recordedAsCheckIn) implements Serializable {
}
