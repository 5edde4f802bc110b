package org.rebuildtrust.review;

import org.rebuildtrust.testsupport.TestDatabase;

class ReviewH2IT extends ReviewContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
