package org.rebuildtrust.report;

import org.rebuildtrust.testsupport.TestDatabase;

class ReportPostgresIT extends ReportContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
