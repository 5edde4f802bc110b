package org.rebuildtrust.intake;

import org.rebuildtrust.testsupport.TestDatabase;

class IntakePostgresIT extends IntakeContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
