package org.rebuildtrust.reminders;

import org.rebuildtrust.testsupport.TestDatabase;

class ReminderH2IT extends ReminderContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
