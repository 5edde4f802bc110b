package org.rebuildtrust.checkins;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A partner's weekly ratings (0 to 10) of trust, feeling safe, emotional connection and communication, with an
 * optional note. One per partner per week (weeks start on Monday): checking in again that week revises it.
 */
@Entity
@Table(name = "check_in")
public class CheckIn extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    /** The day it was last saved: the 14-day "no check-in" rule counts from here. */
    @Column(name = "checked_in_on", nullable = false)
    private LocalDate checkedInOn;

    @Column(nullable = false)
    private int trust;

    @Column(nullable = false)
    private int safety;

    @Column(nullable = false)
    private int connection;

    @Column(nullable = false)
    private int communication;

    @Column(length = NOTE_LENGTH)
    private String note;

    protected CheckIn() {
        // for JPA
    }

    CheckIn(Partner partner, LocalDate day, Ratings ratings) {
        this.partner = partner;
        this.weekStart = weekOf(day);
        revise(ratings, day);
    }

    /** The Monday of the week a day falls in. */
    public static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    final void revise(Ratings ratings, LocalDate day) {
        ratings.check();
        this.checkedInOn = day;
        this.trust = ratings.trust();
        this.safety = ratings.safety();
        this.connection = ratings.connection();
        this.communication = ratings.communication();
        this.note = ratings.note() == null || ratings.note().isBlank() ? null : ratings.note().strip();
    }

    public Partner getPartner() {
        return partner;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public LocalDate getCheckedInOn() {
        return checkedInOn;
    }

    public int getTrust() {
        return trust;
    }

    public int getSafety() {
        return safety;
    }

    public int getConnection() {
        return connection;
    }

    public int getCommunication() {
        return communication;
    }

    public String getNote() {
        return note;
    }

    /** The four ratings and the note as a partner enters them. */
    public record Ratings(Integer trust, Integer safety, Integer connection, Integer communication, String note) {

        void check() {
            check(trust, "trust");
            check(safety, "safety");
            check(connection, "connection");
            check(communication, "communication");
            if (note != null && note.length() > NOTE_LENGTH) {
                throw new BusinessRuleException("checkIn.noteTooLong", "note");
            }
        }

        private static void check(Integer rating, String field) {
            if (!org.rebuildtrust.shared.Rating.isValid(rating)) {
                throw new BusinessRuleException("checkIn.range", field);
            }
        }
    }
}
