package org.rebuildtrust.homework;

import java.io.Serializable;
import java.util.List;

/**
 * What a partner sees of one assignment: their own (or the joint) answer, and the other partner's answer only where
 * the visibility rules allow it.
 */
public record AnswerSheet(Assignment assignment, Answer mine, List<Answer> othersVisible, boolean waitingForReveal)
        implements Serializable {
}
