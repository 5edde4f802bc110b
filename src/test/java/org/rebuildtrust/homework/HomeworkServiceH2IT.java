package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class HomeworkServiceH2IT extends HomeworkServiceContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
