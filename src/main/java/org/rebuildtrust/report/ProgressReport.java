package org.rebuildtrust.report;

import org.rebuildtrust.accountability.AccountabilityTable;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.homework.AnswerForReport;
import org.rebuildtrust.milestones.Milestone;

import java.time.Instant;
import java.util.List;

/**
 * Everything a progress report shows, already cut to what its reader may see. {@code preparedFor} is null for the
 * therapist's copy (the clinical record, with private answers and comments); otherwise the partner whose copy it is.
 * {@code accountability} holds each value as it stood before the period and at its end.
 */
public record ProgressReport(Couple couple, String therapistName, ReportPeriod period, Instant generatedAt,
                             Partner preparedFor, List<Partner> chartedPartners,
                             List<AccountabilityTable> accountability, List<CheckIn> checkIns,
                             List<AnswerForReport> homework, List<Milestone> milestones,
                             List<org.rebuildtrust.intake.Intake> intakes, List<org.rebuildtrust.intake.SafetyFlag> safetyFlags) {

    public boolean isTherapistCopy() {
        return preparedFor == null;
    }
}
