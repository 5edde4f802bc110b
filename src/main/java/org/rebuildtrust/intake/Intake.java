package org.rebuildtrust.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Partner;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.BusinessRuleException;

import java.time.Instant;

/**
 * One partner's intake, answered alone: how to reach them, what they hope for, what happened in their own words, and
 * the safety screen. Only they and their therapist read it; once sent it no longer changes.
 */
@Entity
@Table(name = "intake")
public class Intake extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int PHONE_LENGTH = 40;
    public static final int BEST_TIME_LENGTH = 200;
    public static final int HOPES_LENGTH = 4000;
    public static final int STORY_LENGTH = 8000;
    public static final int SCREEN_WORDS_LENGTH = 2000;

    /** Where an intake stands. */
    public enum Status { DRAFT, SUBMITTED }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false)
    private Partner partner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.DRAFT;

    @Column(length = PHONE_LENGTH)
    private String phone;

    @Column(name = "best_time", length = BEST_TIME_LENGTH)
    private String bestTime;

    @Column(length = HOPES_LENGTH)
    private String hopes;

    @Column(length = STORY_LENGTH)
    private String story;

    @Column(name = "screen_violence")
    private Boolean screenViolence;

    @Column(name = "screen_threats")
    private Boolean screenThreats;

    @Column(name = "screen_control")
    private Boolean screenControl;

    @Column(name = "screen_fear")
    private Boolean screenFear;

    @Column(name = "screen_words", length = SCREEN_WORDS_LENGTH)
    private String screenWords;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected Intake() {
        // for JPA
    }

    Intake(Partner partner) {
        this.partner = partner;
    }

    /** What the partner typed and chose; a sent intake is refused. */
    void write(IntakeAnswers answers) {
        if (status == Status.SUBMITTED) {
            throw new BusinessRuleException("intake.alreadySent");
        }
        phone = limited(answers.phone(), PHONE_LENGTH, "phone");
        bestTime = limited(answers.bestTime(), BEST_TIME_LENGTH, "bestTime");
        hopes = limited(answers.hopes(), HOPES_LENGTH, "hopes");
        story = limited(answers.story(), STORY_LENGTH, "story");
        screenViolence = answers.violence();
        screenThreats = answers.threats();
        screenControl = answers.control();
        screenFear = answers.fear();
        screenWords = limited(answers.screenWords(), SCREEN_WORDS_LENGTH, "screenWords");
    }

    /** Sends the intake to the therapist: every screen question needs an answer. */
    void submit(Instant now) {
        if (status == Status.SUBMITTED) {
            throw new BusinessRuleException("intake.alreadySent");
        }
        for (Object[] question : new Object[][] {{screenViolence, "violence"}, {screenThreats, "threats"},
                {screenControl, "control"}, {screenFear, "fear"}}) {
            if (question[0] == null) {
                throw new BusinessRuleException("intake.screenUnanswered", (String) question[1]);
            }
        }
        status = Status.SUBMITTED;
        submittedAt = now;
    }

    /** Whether any answer of the screen says the partner may not be safe. */
    public boolean isScreenPositive() {
        return Boolean.TRUE.equals(screenViolence) || Boolean.TRUE.equals(screenThreats)
                || Boolean.TRUE.equals(screenControl) || Boolean.TRUE.equals(screenFear);
    }

    private static String limited(String text, int length, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > length) {
            throw new BusinessRuleException("intake.tooLong", field, length);
        }
        return text;
    }

    public Partner getPartner() {
        return partner;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    public String getPhone() {
        return phone;
    }

    public String getBestTime() {
        return bestTime;
    }

    public String getHopes() {
        return hopes;
    }

    public String getStory() {
        return story;
    }

    public Boolean getScreenViolence() {
        return screenViolence;
    }

    public Boolean getScreenThreats() {
        return screenThreats;
    }

    public Boolean getScreenControl() {
        return screenControl;
    }

    public Boolean getScreenFear() {
        return screenFear;
    }

    public String getScreenWords() {
        return screenWords;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }
}
