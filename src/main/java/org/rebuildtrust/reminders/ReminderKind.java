package org.rebuildtrust.reminders;

/** What a reminder email is about. None of them carries clinical content: only that something is due, and when. */
public enum ReminderKind {
    /** To each partner of an appointment, about a day before it. */
    APPOINTMENT,
    /** To a partner with unfinished homework due the next day. */
    HOMEWORK_DUE,
    /** To a partner once homework they had not finished became overdue. */
    HOMEWORK_OVERDUE,
    /** To a therapist each morning: how many answers wait for review and how many couples are flagged. */
    DAILY_DIGEST
}
