package org.rebuildtrust.reminders;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.rebuildtrust.database.DailyJobs;
import org.rebuildtrust.database.DatabaseConfiguration;
import org.rebuildtrust.database.DatabaseMigrator;
import org.rebuildtrust.security.Actor;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reminder table as a claim-then-send outbox, shared by every instance through the database. Each statement
 * commits on its own (no surrounding transaction), so a claim is visible to the other instances at once:
 * <ul>
 *     <li>{@link #queue}: a reminder whose key exists already is not inserted (two runs inserting it at once: the
 *     unique key refuses the second);</li>
 *     <li>{@link #claim}: only the update that finds the row still QUEUED moves it to SENDING, so one run sends it;</li>
 *     <li>{@link #sent} / {@link #failed}: after the send; a failure is tried again later, up to {@link #MAX_ATTEMPTS};</li>
 *     <li>{@link #abandonInterrupted}: a row left SENDING by a stopped instance is never sent again (it may have gone
 *     out): it becomes FAILED, for the admin to see.</li>
 * </ul>
 */
@ApplicationScoped
// outside any transaction, as the statements above must be: the reminders' timer may be called in a container
// transaction whatever it declares (its run's first skipped duplicate then aborted every later statement of the run)
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ReminderOutbox {

    public static final int MAX_ATTEMPTS = 5;
    /** How long a send may take before its claim counts as interrupted. */
    static final Duration SEND_LEASE = Duration.ofMinutes(10);
    static final String INTERRUPTED = "interrupted while sending; it may have been sent, so it is not sent again";

    @Resource(lookup = DatabaseConfiguration.DATASOURCE)
    DataSource dataSource;

    protected ReminderOutbox() {
        // for the container
    }

    /** Wired by hand (tests). */
    public ReminderOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A reminder claimed for sending by this run: everything its email needs, and nothing clinical. */
    public record Claimed(long id, ReminderKind kind, String address, String language, Instant dueAt, String detail,
                          ZoneId zone, int attempt) {
    }

    /** Queues a reminder unless one with its key exists (queued, sent or failed); true if this call queued it. */
    public boolean queue(ReminderDue due, Instant now) {
        try (Connection connection = dataSource.getConnection();
             // a key queued already is skipped by the statement itself: found again in every run until it is due,
             // it must not fail (a failed insert broke the rest of the run on PostgreSQL, whose pooled connection
             // then refused every statement until the end of its transaction); the unique key still settles a race
             PreparedStatement insert = connection.prepareStatement("INSERT INTO reminder (kind, subject_id, occasion,"
                     + " recipient_account_id, recipient_address, language, due_at, detail, status, attempts,"
                     + " next_attempt_at, queued_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ? WHERE NOT EXISTS"
                     + " (SELECT 1 FROM reminder WHERE kind = ? AND subject_id = ? AND occasion = ?"
                     + " AND recipient_account_id = ?)")) {
            insert.setString(1, due.kind().name());
            insert.setLong(2, due.subjectId());
            insert.setString(3, due.occasion());
            insert.setLong(4, due.recipientAccountId());
            insert.setString(5, due.recipientAddress());
            insert.setString(6, due.language());
            insert.setTimestamp(7, Timestamp.from(due.dueAt()));
            insert.setString(8, due.detail());
            insert.setTimestamp(9, Timestamp.from(now));
            insert.setTimestamp(10, Timestamp.from(now));
            insert.setString(11, due.kind().name());
            insert.setLong(12, due.subjectId());
            insert.setString(13, due.occasion());
            insert.setLong(14, due.recipientAccountId());
            return insert.executeUpdate() == 1;
        } catch (SQLException failure) {
            if (DatabaseMigrator.DUPLICATE_KEY.equals(failure.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Cannot queue a reminder", failure);
        }
    }

    /** Claims up to {@code limit} reminders due for sending; each is claimed by exactly one caller. */
    public List<Claimed> claim(Instant now, int limit) {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id FROM reminder WHERE status = 'QUEUED'"
                    + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setInt(2, limit);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        due.add(rows.getLong(1));
                    }
                }
            }
            for (Long id : due) {
                try (PreparedStatement update = connection.prepareStatement("UPDATE reminder SET status = 'SENDING',"
                        + " claimed_at = ?, claimed_by = ?, attempts = attempts + 1 WHERE id = ? AND status = 'QUEUED'")) {
                    update.setTimestamp(1, Timestamp.from(now));
                    update.setString(2, DailyJobs.thisInstance());
                    update.setLong(3, id);
                    if (update.executeUpdate() == 1) {
                        read(connection, id).ifPresent(claimed::add);
                    }
                }
            }
            return claimed;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot claim reminders", failure);
        }
    }

    private static Optional<Claimed> read(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT r.kind, r.recipient_address, r.language,"
                + " r.due_at, r.detail, p.time_zone, r.attempts FROM reminder r"
                + " JOIN user_account ua ON ua.id = r.recipient_account_id JOIN practice p ON p.id = ua.practice_id"
                + " WHERE r.id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Claimed(id, ReminderKind.valueOf(row.getString(1)), row.getString(2),
                        row.getString(3), row.getTimestamp(4).toInstant(), row.getString(5), ZoneId.of(row.getString(6)),
                        row.getInt(7)));
            }
        }
    }

    public void sent(long id, Instant now) {
        update("UPDATE reminder SET status = 'SENT', sent_at = ?, last_failure = NULL WHERE id = ? AND status = 'SENDING'",
                Timestamp.from(now), id);
    }

    /**
     * A send that failed: tried again after 2, 4, 8, then 16 minutes; after the {@link #MAX_ATTEMPTS}th try it stays
     * FAILED. The reason is the mail server's kind of failure, never the message.
     */
    public void failed(Claimed reminder, String reason, Instant now) {
        String shortReason = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 300));
        if (reminder.attempt() >= MAX_ATTEMPTS) {
            update("UPDATE reminder SET status = 'FAILED', last_failure = ? WHERE id = ? AND status = 'SENDING'",
                    shortReason, reminder.id());
        } else {
            Instant retry = now.plus(backoff(reminder.attempt()));
            update("UPDATE reminder SET status = 'QUEUED', last_failure = ?, next_attempt_at = ? WHERE id = ?"
                    + " AND status = 'SENDING'", shortReason, Timestamp.from(retry), reminder.id());
        }
    }

    /** The wait before the next try after {@code attempts} failed ones: 2, 4, 8, 16 minutes. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts, 10));
    }

    /** Claims older than the send lease whose instance never finished them: failed, and not sent again. */
    public int abandonInterrupted(Instant now) {
        return update("UPDATE reminder SET status = 'FAILED', last_failure = ? WHERE status = 'SENDING' AND claimed_at < ?",
                INTERRUPTED, Timestamp.from(now.minus(SEND_LEASE)));
    }

    /** The practice's reminders, newest first: what was sent, what waits, what failed. Admins only. */
    public List<OutboxEntry> page(@NotNull Actor admin, String status, int first, int size) {
        admin.requireAdmin();
        List<OutboxEntry> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT r.id, r.kind, r.recipient_address, r.due_at,"
                     + " r.status, r.attempts, r.queued_at, r.sent_at, r.next_attempt_at, r.last_failure FROM reminder r"
                     + " JOIN user_account ua ON ua.id = r.recipient_account_id WHERE ua.practice_id = ?"
                     + (status == null ? "" : " AND r.status = ?") + " ORDER BY r.queued_at DESC, r.id DESC LIMIT ? OFFSET ?")) {
            int i = 1;
            select.setLong(i++, admin.practiceId());
            if (status != null) {
                select.setString(i++, status);
            }
            select.setInt(i++, size);
            select.setInt(i, first);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OutboxEntry(rows.getLong(1), ReminderKind.valueOf(rows.getString(2)), rows.getString(3),
                            instant(rows.getTimestamp(4)), rows.getString(5), rows.getInt(6), instant(rows.getTimestamp(7)),
                            instant(rows.getTimestamp(8)), instant(rows.getTimestamp(9)), rows.getString(10)));
                }
            }
            return entries;
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot read the outbox", failure);
        }
    }

    public long count(@NotNull Actor admin, String status) {
        admin.requireAdmin();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM reminder r JOIN user_account ua"
                     + " ON ua.id = r.recipient_account_id WHERE ua.practice_id = ?" + (status == null ? "" : " AND r.status = ?"))) {
            select.setLong(1, admin.practiceId());
            if (status != null) {
                select.setString(2, status);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot count the outbox", failure);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            return update.executeUpdate();
        } catch (SQLException failure) {
            throw new IllegalStateException("Cannot update the outbox", failure);
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
