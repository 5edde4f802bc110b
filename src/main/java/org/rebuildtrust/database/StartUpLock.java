package org.rebuildtrust.database;

import jakarta.persistence.EntityManager;

/**
 * Several instances of the application may start at the same moment on one database. Start-up work that looks at the
 * data and then makes or changes rows (the first admin, the demo practice, resealing two-factor secrets) takes this
 * lock first, in its own transaction: another instance doing the same work waits until that transaction ends, and then
 * sees what it did. A plain row lock (the one row of start_up_lock), the same on PostgreSQL and H2, held until commit.
 */
public final class StartUpLock {

    private StartUpLock() {
    }

    /** Waits for and takes the lock in the caller's transaction; it is let go when that transaction ends. */
    public static void takeUntilCommit(EntityManager em) {
        em.createNativeQuery("SELECT name FROM start_up_lock WHERE name = 'start-up' FOR UPDATE").getResultList();
    }
}
