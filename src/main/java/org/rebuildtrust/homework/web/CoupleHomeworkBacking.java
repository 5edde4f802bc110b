package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.Assignment;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The homework section of the couple page: every assignment with the status of each answer. */
@Named
@ViewScoped
public class CoupleHomeworkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    private List<Assignment> assignments = List.of();
    private LocalDate today;

    public void load(Long coupleId) {
        today = LocalDate.now(clock);
        assignments = homework.assignmentsOf(currentActor.require(), coupleId);
    }

    /** The status word of one answer, with overdue and cancelled read from its assignment. */
    public String statusKey(Answer answer) {
        if (answer.getAssignment().isCancelled()) {
            return "CANCELLED";
        }
        if (answer.isOverdue(today)) {
            return "OVERDUE";
        }
        return answer.getStatus().name();
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }
}
