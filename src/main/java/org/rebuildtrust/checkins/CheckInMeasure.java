package org.rebuildtrust.checkins;

import java.util.Map;
import java.util.Optional;

/**
 * What a prompt of a check-in template collects. A template whose prompts carry the four ratings (and optionally
 * the note) is a weekly check-in in homework form: submitting it records the partner's check-in for that week.
 */
public enum CheckInMeasure {
    TRUST,
    SAFETY,
    CONNECTION,
    COMMUNICATION,
    NOTE;

    /**
     * The check-in ratings in a submitted answer, keyed by measure, or empty when one of the four ratings is
     * missing or not a number (a practice may have edited its copy of the template into something else).
     */
    public static Optional<CheckIn.Ratings> ratingsFrom(Map<CheckInMeasure, String> answered) {
        Integer trust = number(answered.get(TRUST));
        Integer safety = number(answered.get(SAFETY));
        Integer connection = number(answered.get(CONNECTION));
        Integer communication = number(answered.get(COMMUNICATION));
        if (trust == null || safety == null || connection == null || communication == null) {
            return Optional.empty();
        }
        return Optional.of(new CheckIn.Ratings(trust, safety, connection, communication, answered.get(NOTE)));
    }

    /** This measure's value in a check-in, as an answer stores it (null for an empty note). */
    public String textIn(CheckIn.Ratings ratings) {
        Integer rating = switch (this) {
            case TRUST -> ratings.trust();
            case SAFETY -> ratings.safety();
            case CONNECTION -> ratings.connection();
            case COMMUNICATION -> ratings.communication();
            case NOTE -> null;
        };
        return this == NOTE ? ratings.note() : String.valueOf(rating);
    }

    private static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
