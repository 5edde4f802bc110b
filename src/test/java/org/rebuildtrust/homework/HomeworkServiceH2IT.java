package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class HomeworkServiceH2IT extends HomeworkServiceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
