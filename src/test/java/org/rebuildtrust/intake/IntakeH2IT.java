package org.rebuildtrust.intake;

import org.rebuildtrust.testsupport.TestDatabase;

class IntakeH2IT extends IntakeContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
