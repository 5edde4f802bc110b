package org.rebuildtrust.homework;

import java.io.Serializable;

/** Why one prompt's value was refused: the prompt and a message-bundle key. */
public record AnswerProblem(long promptId, String messageKey) implements Serializable {
}
