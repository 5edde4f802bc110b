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

    /**
     * One step of the table. Comments are null where the viewer may not read them. The {@code ...Before} values are
     * the latest ones dated before a given day (the last held session), and {@code evidenceSince} the actions from
     * that day on; without such a day they are null and empty.
     */
    public record Row(AccountabilityStep step, Integer hurtRating, Trend hurtTrend, String hurtComment,
                      Integer selfRating, Trend selfTrend, Assessment assessment, String assessmentNote,
                      List<AccountabilityEntry> evidence, Integer hurtBefore, Integer selfBefore,
                      Assessment assessmentBefore, List<AccountabilityEntry> evidenceSince) implements Serializable {

        /** How the hurt partner's view moved since the given day, or null while there is nothing to compare. */
        public Integer getHurtChange() {
            return hurtBefore == null || hurtRating == null ? null : hurtRating - hurtBefore;
        }

        /** How the involved partner's own view moved since the given day, or null. */
        public Integer getSelfChange() {
            return selfBefore == null || selfRating == null ? null : selfRating - selfBefore;
        }

        public Integer getHurtBefore() {
            return hurtBefore;
        }

        public Integer getSelfBefore() {
            return selfBefore;
        }

        public Assessment getAssessmentBefore() {
            return assessmentBefore;
        }

        public List<AccountabilityEntry> getEvidenceSince() {
            return evidenceSince;
        }

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
