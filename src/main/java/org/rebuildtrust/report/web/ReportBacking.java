package org.rebuildtrust.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.accountability.AccountabilityService;
import org.rebuildtrust.audit.AuditAction;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.AuditTrail;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.couples.CoupleService;
import org.rebuildtrust.report.ProgressReport;
import org.rebuildtrust.report.ProgressReportPdf;
import org.rebuildtrust.report.RatingsCsv;
import org.rebuildtrust.report.ReportPeriod;
import org.rebuildtrust.report.ReportService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Ids;
import org.rebuildtrust.shared.web.Downloads;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The progress report page: the therapist chooses a period and downloads the PDF (their copy, for the clinical
 * record) or the CSV of check-ins and ratings; a partner downloads their own copy from the portal.
 */
@Named
@ViewScoped
public class ReportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Inject
    transient CoupleService couples;

    @Inject
    transient AccountabilityService accountability;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient Clock clock;

    @Inject
    transient AuditTrail audit;

    private String coupleParam;
    private long coupleId;
    private String coupleLabel;
    private LocalDate from;
    private LocalDate to;

    /** Therapist: the couple in the URL; the period defaults to the whole of therapy so far. */
    public void loadCouple() {
        coupleId = Ids.parse("Couple", coupleParam);
        Couple couple = couples.findInCare(currentActor.require(), coupleId);
        coupleLabel = couple.getLabel();
        defaultPeriod(couple.getStartDate());
    }

    /** Portal: the signed-in partner's couple. */
    public void loadOwn() {
        Couple couple = couples.findOwnPartner(currentActor.require()).getCouple();
        coupleId = couple.getId();
        coupleLabel = couple.getLabel();
        defaultPeriod(couple.getStartDate());
    }

    private void defaultPeriod(LocalDate start) {
        to = LocalDate.now(clock);
        from = start == null || start.isAfter(to) ? to.minusMonths(3) : start;
    }

    public void downloadTherapistPdf() {
        send(() -> {
            ProgressReport report = reports.therapistCopy(currentActor.require(), coupleId, period());
            return ProgressReportPdf.write(report, Messages.texts(), clock.getZone());
        }, "pdf", "progress report PDF, therapist's copy");
    }

    public void downloadPartnerPdf() {
        send(() -> {
            ProgressReport report = reports.partnerCopy(currentActor.require(), period());
            return ProgressReportPdf.write(report, Messages.texts(), clock.getZone());
        }, "pdf", "progress report PDF, partner's copy");
    }

    public void downloadCsv() {
        send(() -> {
            ReportPeriod period = period();
            return RatingsCsv.write(reports.checkInsInCare(currentActor.require(), coupleId, period),
                    accountability.entriesForReport(currentActor.require(), coupleId, period.from(), period.to()),
                    Messages.texts());
        }, "csv", "check-ins and ratings CSV");
    }

    /** A partner's own CSV: their own check-ins and the ratings and comments they may read in the portal. */
    public void downloadPartnerCsv() {
        send(() -> {
            ReportPeriod period = period();
            return RatingsCsv.write(reports.ownCheckIns(currentActor.require(), period),
                    accountability.entriesForReport(currentActor.require(), coupleId, period.from(), period.to()),
                    Messages.texts());
        }, "csv", "check-ins and ratings CSV, partner's copy");
    }

    private ReportPeriod period() {
        return new ReportPeriod(from, to);
    }

    /** Sends the file, never cached (it holds clinical data); a refused period is shown on the page instead. */
    private void send(java.util.function.Supplier<byte[]> content, String extension, String what) {
        try {
            byte[] bytes = content.get();
            audit.record(currentActor.require(), AuditAction.EXPORT, AuditRecord.REPORT, null, coupleId,
                    what + ", " + from + " to " + to);
            Downloads.send(bytes, "progress-" + coupleId + "-" + from + "-to-" + to + "." + extension);
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "reportForm");
        }
    }

    public String getCoupleParam() {
        return coupleParam;
    }

    public void setCoupleParam(String coupleParam) {
        this.coupleParam = coupleParam;
    }

    public long getCoupleId() {
        return coupleId;
    }

    public String getCoupleLabel() {
        return coupleLabel;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
