package org.rebuildtrust.audit;

import org.rebuildtrust.testsupport.TestDatabase;

class AuditPostgresIT extends AuditContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
