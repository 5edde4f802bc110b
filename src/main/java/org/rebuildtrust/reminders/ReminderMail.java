package org.rebuildtrust.reminders;

import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.Texts;

import java.time.ZonedDateTime;

/**
 * The words of a reminder email, in the recipient's language. They say only that something is due and when, and give
 * a link to sign in: no names, no homework titles, no answers, no place, nothing that tells of the therapy.
 */
public final class ReminderMail {

    private ReminderMail() {
    }

    public record Words(String subject, String body) {
    }

    /** The email for a claimed reminder; {@code signInAddress} is where the link leads (the page after sign-in). */
    public static Words of(ReminderOutbox.Claimed reminder, String signInAddress) {
        Texts words = Texts.in(languageOf(reminder.language()).locale());
        ZonedDateTime due = reminder.dueAt().atZone(reminder.zone());
        String day = words.weekdayAndDay(due.toLocalDate(), true);
        String time = words.time(due.toLocalTime());
        String key = "reminder." + reminder.kind().name();
        return switch (reminder.kind()) {
            case APPOINTMENT -> new Words(words.get(key + ".subject", day, time),
                    words.get(key + ".body", day, time, signInAddress));
            case HOMEWORK_DUE, HOMEWORK_OVERDUE -> {
                // homework is due by the end of its day: name that day, not the midnight after it
                String dueDay = words.weekdayAndDay(due.minusDays(1).toLocalDate(), true);
                yield new Words(words.get(key + ".subject", dueDay), words.get(key + ".body", dueDay, signInAddress));
            }
            case DAILY_DIGEST -> {
                String[] counts = reminder.detail() == null ? new String[0] : reminder.detail().split(",");
                long waiting = counts.length > 0 ? Long.parseLong(counts[0]) : 0;
                long flagged = counts.length > 1 ? Long.parseLong(counts[1]) : 0;
                long unsigned = counts.length > 2 ? Long.parseLong(counts[2]) : 0;
                yield new Words(words.get(key + ".subject", day),
                        words.get(key + ".body", waiting, flagged, unsigned, signInAddress));
            }
        };
    }

    /** The stored language name, English when it is missing or no longer offered. */
    static Language languageOf(String name) {
        for (Language language : Language.values()) {
            if (language.name().equals(name)) {
                return language;
            }
        }
        return Language.ENGLISH;
    }
}
