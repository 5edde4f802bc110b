package org.rebuildtrust.couples;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.practice.Practice;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Lengths;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The unit of care: exactly two partners, one primary therapist, and where they are in their recovery.
 * Forms edit a detached copy; {@link #reviseDetails} applies that copy after checking the rules between fields.
 */
@Entity
@Table(name = "couple")
public class Couple extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false)
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "therapist_id", nullable = false)
    private Therapist therapist;

    @NotBlank
    @Size(max = Lengths.LABEL)
    @Column(nullable = false, length = Lengths.LABEL)
    private String label;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CoupleStatus status = CoupleStatus.INTAKE;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "infidelity_kind", nullable = false, length = 16)
    private InfidelityKind infidelityKind = InfidelityKind.NOT_DISCLOSED;

    @PastOrPresent
    @Column(name = "discovery_date")
    private LocalDate discoveryDate;

    @NotNull
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "closing_date")
    private LocalDate closingDate;

    @Size(max = Lengths.SUMMARY)
    @Column(length = Lengths.SUMMARY)
    private String summary;

    /** Newest change to anything about the couple; orders the caseload by what moved. */
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /**
     * How many flags the couple has and which kinds (comma-separated), for the caseload's "needs attention" order and
     * marker. Written only by {@link CoupleService#recordAttention}, so keeping it current never makes a therapist's
     * open edit of the couple stale.
     */
    @Column(name = "attention_count", insertable = false, updatable = false)
    private int attentionCount;

    @Column(name = "attention_kinds", insertable = false, updatable = false)
    private String attentionKinds;

    /** 1 while the safety state is RAISED, else 0: computed by the database, for the caseload's indexed order. */
    @Column(name = "safety_hold", insertable = false, updatable = false)
    private int safetyHold;

    /** The caseload's homework counts, kept beside the marker by the same refresh and written the same way. */
    @Column(name = "overdue_partner_a", insertable = false, updatable = false)
    private int overduePartnerA;

    @Column(name = "overdue_partner_b", insertable = false, updatable = false)
    private int overduePartnerB;

    @Column(name = "overdue_joint", insertable = false, updatable = false)
    private int overdueJoint;

    @Column(name = "waiting_partner_a", insertable = false, updatable = false)
    private int waitingPartnerA;

    @Column(name = "waiting_partner_b", insertable = false, updatable = false)
    private int waitingPartnerB;

    @Column(name = "waiting_joint", insertable = false, updatable = false)
    private int waitingJoint;

    /**
     * RAISED while a partner's safety screen waits for the therapist's decision (no joint or reveal-together homework
     * then), DECIDED once every flag has one, null without a flag. Written only by the intake's own statements.
     */
    @Column(name = "safety_state", insertable = false, updatable = false)
    private String safetyState;

    /** When the couple's next scheduled appointment starts; written only by the appointments' own statements. */
    @Column(name = "next_appointment_at", insertable = false, updatable = false)
    private Instant nextAppointmentAt;

    @Valid
    @OneToMany(mappedBy = "couple", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seat")
    private List<Partner> partners = new ArrayList<>();

    protected Couple() {
        // for JPA
    }

    /** A new, unsaved couple with its two empty partner seats, for the "new couple" form. */
    public static Couple draft(LocalDate today) {
        Couple couple = new Couple();
        couple.startDate = today;
        couple.partners.add(new Partner(couple, 1));
        couple.partners.add(new Partner(couple, 2));
        return couple;
    }

    /** Places a draft in a practice under its primary therapist, after checking it. */
    void admit(Practice owningPractice, Therapist primaryTherapist, LocalDate today, Instant now) {
        this.practice = owningPractice;
        this.therapist = primaryTherapist;
        checkRules(today);
        this.lastActivityAt = now;
    }

    /** Applies the details edited on a form copy of this couple and its partners. */
    void reviseDetails(Couple edited, LocalDate today, Instant now) {
        checkVersion(edited.getVersion());
        edited.checkRules(today);
        for (int i = 0; i < partners.size(); i++) {
            Partner mine = partners.get(i);
            Partner theirs = edited.partners.get(i);
            mine.checkVersion(theirs.getVersion());
            mine.reviseDetails(theirs);
        }
        this.label = edited.label;
        this.infidelityKind = edited.infidelityKind;
        this.discoveryDate = edited.discoveryDate;
        this.startDate = edited.startDate;
        this.summary = edited.summary;
        this.status = edited.status;
        this.closingDate = edited.closingDate;
        this.lastActivityAt = now;
    }

    /**
     * The rules between fields that single-field validation cannot see. Closing without a date closes today,
     * so the therapist does not have to type the obvious.
     */
    void checkRules(LocalDate today) {
        if (discoveryDate != null && discoveryDate.isAfter(today)) {
            throw new BusinessRuleException("couple.discoveryInFuture", "discoveryDate");
        }
        if (startDate != null && discoveryDate != null && startDate.isBefore(discoveryDate)) {
            throw new BusinessRuleException("couple.startBeforeDiscovery", "startDate");
        }
        if (status == CoupleStatus.CLOSED) {
            if (closingDate == null) {
                closingDate = today;
            }
            if (closingDate.isAfter(today)) {
                throw new BusinessRuleException("couple.closingInFuture", "closingDate");
            }
            if (startDate != null && closingDate.isBefore(startDate)) {
                throw new BusinessRuleException("couple.closingBeforeStart", "closingDate");
            }
        } else if (closingDate != null) {
            throw new BusinessRuleException("couple.closingDateOnlyWhenClosed", "closingDate");
        }
        checkRecoveryRoles();
    }

    private void checkRecoveryRoles() {
        RecoveryRole first = partnerA().getRecoveryRole();
        RecoveryRole second = partnerB().getRecoveryRole();
        if ((first == RecoveryRole.HURT || first == RecoveryRole.INVOLVED) && first == second) {
            throw new BusinessRuleException("couple.sameRecoveryRole", "recoveryRole");
        }
        boolean oneMutual = first == RecoveryRole.BOTH || second == RecoveryRole.BOTH;
        boolean otherSet = first != RecoveryRole.NOT_SET && second != RecoveryRole.NOT_SET;
        if (oneMutual && otherSet && first != second) {
            throw new BusinessRuleException("couple.mutualForBoth", "recoveryRole");
        }
    }

    void recordActivity(Instant now) {
        this.lastActivityAt = now;
    }

    public Partner partnerA() {
        return partners.get(0);
    }

    public Partner partnerB() {
        return partners.get(1);
    }

    public Partner getPartnerA() {
        return partnerA();
    }

    public Partner getPartnerB() {
        return partnerB();
    }

    public List<Partner> getPartners() {
        return List.copyOf(partners);
    }

    public Practice getPractice() {
        return practice;
    }

    public Therapist getTherapist() {
        return therapist;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public CoupleStatus getStatus() {
        return status;
    }

    public void setStatus(CoupleStatus status) {
        this.status = status;
    }

    public InfidelityKind getInfidelityKind() {
        return infidelityKind;
    }

    public void setInfidelityKind(InfidelityKind infidelityKind) {
        this.infidelityKind = infidelityKind;
    }

    public LocalDate getDiscoveryDate() {
        return discoveryDate;
    }

    public void setDiscoveryDate(LocalDate discoveryDate) {
        this.discoveryDate = discoveryDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getClosingDate() {
        return closingDate;
    }

    public void setClosingDate(LocalDate closingDate) {
        this.closingDate = closingDate;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getSafetyState() {
        return safetyState;
    }

    /** Whether a safety flag waits for the therapist's decision: joint and reveal-together homework wait with it. */
    public boolean isSafetyHold() {
        return "RAISED".equals(safetyState);
    }

    public Instant getNextAppointmentAt() {
        return nextAppointmentAt;
    }

    public int getAttentionCount() {
        return attentionCount;
    }

    public String getAttentionKinds() {
        return attentionKinds;
    }

    /** The homework counts the caseload shows, as the last refresh stored them. */
    public HomeworkCounts getHomework() {
        return HomeworkCounts.of(overduePartnerA, overduePartnerB, overdueJoint, waitingPartnerA, waitingPartnerB,
                waitingJoint);
    }
}
