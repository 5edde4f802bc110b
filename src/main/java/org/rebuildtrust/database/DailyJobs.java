package org.rebuildtrust.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Work due once a day however many instances of the application run on the database: each instance asks to claim the
 * day, and only the first one to record it (in daily_job_run, whose key is the job and the day) gets a yes. A timer
 * or start-up step that every instance runs asks here first.
 */
@ApplicationScoped
public class DailyJobs {

    @Resource(lookup = DatabaseConfiguration.DATASOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    protected DailyJobs() {
        // for the container
    }

    /** Wired by hand (tests). */
    public DailyJobs(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Whether this instance is the one to do {@code job} on {@code day}: true once per job and day across all
     * instances. Call it outside a transaction: the claim is committed at once, so another instance asking at the same
     * moment waits for it and is told no.
     */
    public boolean claim(String job, LocalDate day) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO daily_job_run (job, run_date, claimed_at, claimed_by) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setObject(2, day);
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setString(4, thisInstance());
            insert.executeUpdate();
            return true;
        } catch (SQLException failure) {
            if (DatabaseMigrator.DUPLICATE_KEY.equals(failure.getSQLState())) {
                return false;
            }
            throw new IllegalStateException("Cannot claim the daily job " + job + " of " + day, failure);
        }
    }

    /** Today, in the application's clock: the day a daily job claims. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Which process claimed a day or a reminder ("pid@host"), for an operator reading the table. */
    public static String thisInstance() {
        return ManagementFactory.getRuntimeMXBean().getName();
    }
}
