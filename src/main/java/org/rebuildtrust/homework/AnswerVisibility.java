package org.rebuildtrust.homework;

import org.rebuildtrust.couples.Partner;

/**
 * Who may read an answer. The therapist reads every submitted answer of their couples: a draft stays with its author
 * until they submit it (the answer page says so before anything is typed). A partner reads their own answer and
 * the couple's joint answers; the other partner's answer only once it is submitted, and then only if the assignment
 * is shared, or reveal-together with both answers in. A private answer is never shown to the other partner.
 */
public final class AnswerVisibility {

    private AnswerVisibility() {
    }

    /** Whether the couple's therapist reads this answer's text: once it is submitted, never a draft. */
    public static boolean visibleToTherapist(Answer answer) {
        return answer.getStatus().isDone();
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
