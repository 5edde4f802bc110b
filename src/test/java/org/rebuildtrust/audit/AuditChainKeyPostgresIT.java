package org.rebuildtrust.audit;

import org.rebuildtrust.testsupport.TestDatabase;

class AuditChainKeyPostgresIT extends AuditChainKeyContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
