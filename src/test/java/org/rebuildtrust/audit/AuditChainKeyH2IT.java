package org.rebuildtrust.audit;

import org.rebuildtrust.testsupport.TestDatabase;

class AuditChainKeyH2IT extends AuditChainKeyContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
