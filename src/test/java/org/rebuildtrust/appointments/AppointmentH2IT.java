package org.rebuildtrust.appointments;

import org.rebuildtrust.testsupport.TestDatabase;

class AppointmentH2IT extends AppointmentContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
