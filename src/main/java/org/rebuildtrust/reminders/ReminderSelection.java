package org.rebuildtrust.reminders;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.rebuildtrust.database.DatabaseConfiguration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Which reminders are due at a moment, found with a few set-based statements (none per couple):
 * <ul>
 *     <li>an appointment starting within the next 24 hours: to each partner it is for (both for a joint session, the one
 *     partner for an individual one) who has a portal login and has not turned these off; the key includes the start,
 *     so a moved appointment is reminded of again and a cancelled one is not;</li>
 *     <li>homework due tomorrow (in the practice's time zone), sent from 09:00 on the day before: one email per partner
 *     and due day, for unfinished answers of active couples, the couple's joint answer going to both partners;</li>
 *     <li>homework that became overdue (due in the last three days and unfinished), once per partner and due day, from
 *     09:00;</li>
 *     <li>each therapist's daily digest from 07:00, when answers wait for review, couples are flagged or their notes
 *     wait unsigned for more than three days.</li>
 * </ul>
 * Finding a reminder again is harmless: the outbox queues each key once.
 */
@ApplicationScoped
public class ReminderSelection {

    static final Duration APPOINTMENT_AHEAD = Duration.ofHours(24);
    static final LocalTime HOMEWORK_HOUR = LocalTime.of(9, 0);
    static final LocalTime DIGEST_HOUR = LocalTime.of(7, 0);
    static final int OVERDUE_CATCH_UP_DAYS = 3;

    @Resource(lookup = DatabaseConfiguration.DATASOURCE)
    DataSource dataSource;

    protected ReminderSelection() {
        // for the container
    }

    /** Wired by hand (tests). */
    public ReminderSelection(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every reminder due at {@code now}. */
    public List<ReminderDue> dueAt(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            List<ReminderDue> due = new ArrayList<>(appointments(connection, now));
            for (Practice practice : practices(connection)) {
                ZonedDateTime local = now.atZone(practice.zone());
                LocalDate today = local.toLocalDate();
                if (!local.toLocalTime().isBefore(HOMEWORK_HOUR)) {
                    due.addAll(homework(connection, practice, ReminderKind.HOMEWORK_DUE, today.plusDays(1), today.plusDays(1)));
                    due.addAll(homework(connection, practice, ReminderKind.HOMEWORK_OVERDUE,
                            today.minusDays(OVERDUE_CATCH_UP_DAYS), today.minusDays(1)));
                }
                if (!local.toLocalTime().isBefore(DIGEST_HOUR)) {
                    due.addAll(digests(connection, practice, today, now));
                }
            }
            return due;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot find the reminders due", failure);
        }
    }

    private record Practice(long id, ZoneId zone) {
    }

    private static List<Practice> practices(Connection connection) throws SQLException {
        List<Practice> practices = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, time_zone FROM practice");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                practices.add(new Practice(rows.getLong(1), ZoneId.of(rows.getString(2))));
            }
        }
        return practices;
    }

    private static List<ReminderDue> appointments(Connection connection, Instant now) throws SQLException {
        List<ReminderDue> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ap.id, ap.starts_at, ua.id, p.email,"
                + " COALESCE(ua.language, p.language) FROM appointment ap"
                + " JOIN partner p ON p.couple_id = ap.couple_id AND (ap.partner_id IS NULL OR ap.partner_id = p.id)"
                + " JOIN user_account ua ON ua.id = p.account_id"
                + " JOIN couple c ON c.id = ap.couple_id"
                + " WHERE ap.status = 'SCHEDULED' AND ap.starts_at > ? AND ap.starts_at <= ? AND c.status <> 'CLOSED'"
                + " AND ua.enabled = TRUE AND ua.remind_appointments = TRUE")) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setTimestamp(2, Timestamp.from(now.plus(APPOINTMENT_AHEAD)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant startsAt = rows.getTimestamp(2).toInstant();
                    due.add(new ReminderDue(ReminderKind.APPOINTMENT, rows.getLong(1), startsAt.toString(),
                            rows.getLong(3), rows.getString(4), rows.getString(5), startsAt, null));
                }
            }
        }
        return due;
    }

    private static List<ReminderDue> homework(Connection connection, Practice practice, ReminderKind kind,
                                              LocalDate firstDueDay, LocalDate lastDueDay) throws SQLException {
        String optIn = kind == ReminderKind.HOMEWORK_DUE ? "ua.remind_homework_due" : "ua.remind_homework_overdue";
        List<ReminderDue> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT p.id, asg.due_date, ua.id, p.email,"
                + " COALESCE(ua.language, p.language) FROM assignment asg"
                + " JOIN couple c ON c.id = asg.couple_id"
                + " JOIN answer an ON an.assignment_id = asg.id"
                + " JOIN partner p ON p.couple_id = asg.couple_id AND (an.partner_id IS NULL OR an.partner_id = p.id)"
                + " JOIN user_account ua ON ua.id = p.account_id"
                + " WHERE c.practice_id = ? AND c.status = 'ACTIVE' AND asg.cancelled = FALSE"
                + " AND asg.due_date BETWEEN ? AND ? AND an.status IN ('ASSIGNED', 'IN_PROGRESS')"
                + " AND ua.enabled = TRUE AND " + optIn + " = TRUE")) {
            select.setLong(1, practice.id());
            select.setObject(2, firstDueDay);
            select.setObject(3, lastDueDay);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate dueDay = rows.getObject(2, LocalDate.class);
                    // homework is due by the end of its day
                    Instant dueAt = dueDay.plusDays(1).atStartOfDay(practice.zone()).toInstant();
                    due.add(new ReminderDue(kind, rows.getLong(1), dueDay.toString(), rows.getLong(3), rows.getString(4),
                            rows.getString(5), dueAt, null));
                }
            }
        }
        return due;
    }

    private static List<ReminderDue> digests(Connection connection, Practice practice, LocalDate today, Instant now)
            throws SQLException {
        List<ReminderDue> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT t.id, ua.id, ua.email,"
                + " COALESCE(ua.language, 'ENGLISH'),"
                // answers waiting for review as the caseload keeps them per couple (review.CaseloadAttention): counting
                // the answers themselves cost 1.8-2.8 s of the database's time every minute at 8,000 couples
                + " (SELECT COALESCE(SUM(c.waiting_partner_a + c.waiting_partner_b + c.waiting_joint), 0) FROM couple c"
                + "  WHERE c.therapist_id = t.id),"
                + " (SELECT COUNT(*) FROM couple c WHERE c.therapist_id = t.id AND c.attention_count > 0),"
                + " (SELECT COUNT(*) FROM session_note n WHERE n.author_account_id = ua.id AND n.signed_at IS NULL"
                + "  AND n.created_at < ?)"
                + " FROM therapist t JOIN user_account ua ON ua.id = t.account_id"
                + " WHERE t.practice_id = ? AND ua.enabled = TRUE AND ua.daily_digest = TRUE AND ua.email IS NOT NULL")) {
            select.setTimestamp(1, Timestamp.from(now.minus(org.rebuildtrust.notes.NoteService.UNSIGNED_AFTER)));
            select.setLong(2, practice.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long waiting = rows.getLong(5);
                    long flagged = rows.getLong(6);
                    long unsigned = rows.getLong(7);
                    if (waiting + flagged + unsigned > 0) {
                        due.add(new ReminderDue(ReminderKind.DAILY_DIGEST, rows.getLong(1), today.toString(),
                                rows.getLong(2), rows.getString(3), rows.getString(4),
                                today.atStartOfDay(practice.zone()).toInstant(), waiting + "," + flagged + "," + unsigned));
                    }
                }
            }
        }
        return due;
    }
}
