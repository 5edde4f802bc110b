package org.rebuildtrust.audit;

import org.rebuildtrust.testsupport.TestDatabase;

class AuditH2IT extends AuditContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
