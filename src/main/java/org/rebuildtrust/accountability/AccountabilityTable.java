package org.rebuildtrust.accountability;

import org.rebuildtrust.couples.Partner;

import java.io.Serializable;
import java.util.List;

/**
 * One involved partner's table as a viewer may see it: per step the latest hurt-partner rating, own rating and
 * assessment, each with the value before it, and the recent evidence.
 */
public record AccountabilityTable(Partner involvedPartner, List<Row> rows) implements Serializable {

    /** How a latest value compares with the one before it. */
    public enum Trend {
        UP,
        DOWN,
        SAME,
        FIRST
    }

    /** One step of the table. Comments are null where the viewer may not read them. */
    public record Row(AccountabilityStep step, Integer hurtRating, Trend hurtTrend, String hurtComment,
                      Integer selfRating, Trend selfTrend, Assessment assessment, String assessmentNote,
                      List<AccountabilityEntry> evidence) implements Serializable {

        /** How far apart the two partners' latest views are, or null while one is missing. */
        public Integer getGap() {
            return hurtRating == null || selfRating == null ? null : Math.abs(hurtRating - selfRating);
        }

        public AccountabilityStep getStep() {
            return step;
        }

        public Integer getHurtRating() {
            return hurtRating;
        }

        public Trend getHurtTrend() {
            return hurtTrend;
        }

        public String getHurtComment() {
            return hurtComment;
        }

        public Integer getSelfRating() {
            return selfRating;
        }

        public Trend getSelfTrend() {
            return selfTrend;
        }

        public Assessment getAssessment() {
            return assessment;
        }

        public String getAssessmentNote() {
            return assessmentNote;
        }

        public List<AccountabilityEntry> getEvidence() {
            return evidence;
        }
    }

    public Partner getInvolvedPartner() {
        return involvedPartner;
    }

    public List<Row> getRows() {
        return rows;
    }
}
