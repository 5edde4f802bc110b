package org.rebuildtrust.couples;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One line of the caseload table, read in the same statement as all the others.
 * A class with getters rather than a record: Jakarta EL 5 does not read record components as properties.
 */
public final class CaseloadRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String label;
    private final String partnerAName;
    private final String partnerBName;
    private final CoupleStatus status;
    private final LocalDate startDate;
    private final Instant lastActivityAt;
    private final String therapistName;
    private final int attentionCount;
    private final List<String> attentionKinds;
    private final Instant nextAppointmentAt;
    private final String safetyState;
    private final HomeworkCounts homework;

    public CaseloadRow(long id, String label, String partnerAName, String partnerBName, CoupleStatus status,
                       LocalDate startDate, Instant lastActivityAt, String therapistName, int attentionCount,
                       String attentionKinds, Instant nextAppointmentAt, String safetyState, int overdueA,
                       int overdueB, int overdueJoint, int waitingA, int waitingB, int waitingJoint) {
        this.id = id;
        this.label = label;
        this.partnerAName = partnerAName;
        this.partnerBName = partnerBName;
        this.status = status;
        this.startDate = startDate;
        this.lastActivityAt = lastActivityAt;
        this.therapistName = therapistName;
        this.attentionCount = attentionCount;
        this.attentionKinds = attentionKinds == null ? List.of() : List.of(attentionKinds.split(","));
        this.nextAppointmentAt = nextAppointmentAt;
        this.safetyState = safetyState;
        this.homework = HomeworkCounts.of(overdueA, overdueB, overdueJoint, waitingA, waitingB, waitingJoint);
    }

    public long getId() {
        return id;
    }

    public String getLabel() {
        return label;
    }

    public String getPartnerAName() {
        return partnerAName;
    }

    public String getPartnerBName() {
        return partnerBName;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getTherapistName() {
        return therapistName;
    }

    public int getAttentionCount() {
        return attentionCount;
    }

    /** Whether a safety flag waits for the therapist's decision (shown first, and above the couple's other flags). */
    public boolean isSafetyHold() {
        return "RAISED".equals(safetyState);
    }

    /** When the couple's next scheduled appointment starts, or null when none is booked. */
    public Instant getNextAppointmentAt() {
        return nextAppointmentAt;
    }

    /** The kinds of flag raised (names of {@code review.Flag.Kind}), each once. */
    public List<String> getAttentionKinds() {
        return attentionKinds;
    }

    /** Overdue answers and answers waiting for review, as the couple's marker keeps them. */
    public HomeworkCounts getHomework() {
        return homework;
    }
}
