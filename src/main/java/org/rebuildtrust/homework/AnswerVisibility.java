package org.rebuildtrust.homework;

import org.rebuildtrust.couples.Partner;

/**
 * Who may read an answer. The therapist reads every answer of their couples. A partner reads their own answer and
 * the couple's joint answers; the other partner's answer only once it is submitted, and then only if the assignment
 * is shared, or reveal-together with both answers in. A private answer is never shown to the other partner.
 */
public final class AnswerVisibility {

    private AnswerVisibility() {
    }

    public static boolean visibleToPartner(Answer answer, Partner viewer) {
        Assignment assignment = answer.getAssignment();
        if (!assignment.getCouple().getId().equals(viewer.getCouple().getId())) {
            return false;
        }
        if (answer.isWrittenBy(viewer)) {
            return true;
        }
        if (!answer.getStatus().isDone()) {
            return false;
        }
        return switch (assignment.getVisibility()) {
            case PRIVATE -> false;
            case SHARED -> true;
            case REVEAL_TOGETHER -> assignment.allAnswersDone();
        };
    }
}
