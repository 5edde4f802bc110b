package org.rebuildtrust.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The homework section of the couple page: every assignment with the status of each answer. The view keeps plain rows,
 * not the entities: an entity read in a transaction holds on to that transaction's whole persistence context (every
 * object it read, with its cache keys and locks), about 1.5 MB per view of a couple with two years of homework.
 */
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

    private List<AssignmentRow> assignments = List.of();

    /** One assignment as the list shows it (a class with getters: the pages' EL reads no record components). */
    public static final class AssignmentRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String templateTitle;
        private final boolean inSeries;
        private final boolean inProgram;
        private final LocalDate dueDate;
        private final List<AnswerRow> answers;

        AssignmentRow(long id, String templateTitle, boolean inSeries, boolean inProgram, LocalDate dueDate,
                      List<AnswerRow> answers) {
            this.id = id;
            this.templateTitle = templateTitle;
            this.inSeries = inSeries;
            this.inProgram = inProgram;
            this.dueDate = dueDate;
            this.answers = answers;
        }

        public long getId() {
            return id;
        }

        public String getTemplateTitle() {
            return templateTitle;
        }

        public boolean isInSeries() {
            return inSeries;
        }

        public boolean isInProgram() {
            return inProgram;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public List<AnswerRow> getAnswers() {
            return answers;
        }
    }

    /** One answer as the list shows it: whose (or joint) and its status word. */
    public static final class AnswerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final boolean joint;
        private final String partnerName;
        private final String statusKey;

        AnswerRow(boolean joint, String partnerName, String statusKey) {
            this.joint = joint;
            this.partnerName = partnerName;
            this.statusKey = statusKey;
        }

        public boolean isJoint() {
            return joint;
        }

        public String getPartnerName() {
            return partnerName;
        }

        public String getStatusKey() {
            return statusKey;
        }
    }

    public void load(Long coupleId) {
        LocalDate today = LocalDate.now(clock);
        assignments = homework.assignmentsOf(currentActor.require(), coupleId).stream()
                .map(a -> new AssignmentRow(a.getId(), a.getTemplate().getTitle(), a.getSeriesId() != null,
                        a.getProgramRunId() != null, a.getDueDate(), a.getAnswers().stream()
                        .map(an -> new AnswerRow(an.isJoint(), an.isJoint() ? null : an.getPartner().getFullName(),
                                statusKey(an, today)))
                        .toList()))
                .toList();
    }

    /** The status word of one answer, with overdue and cancelled read from its assignment. */
    static String statusKey(Answer answer, LocalDate today) {
        if (answer.getAssignment().isCancelled()) {
            return "CANCELLED";
        }
        if (answer.isOverdue(today)) {
            return "OVERDUE";
        }
        return answer.getStatus().name();
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }
}
