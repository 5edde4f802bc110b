package org.rebuildtrust.report;

import org.rebuildtrust.testsupport.TestDatabase;

class ReportH2IT extends ReportContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
