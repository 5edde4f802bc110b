package org.rebuildtrust.appointments;

import org.rebuildtrust.testsupport.TestDatabase;

class AppointmentPostgresIT extends AppointmentContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
