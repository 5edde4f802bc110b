package org.rebuildtrust.reminders;

import org.rebuildtrust.testsupport.TestDatabase;

class ReminderPostgresIT extends ReminderContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
