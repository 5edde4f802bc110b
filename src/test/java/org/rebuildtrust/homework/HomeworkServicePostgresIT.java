package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class HomeworkServicePostgresIT extends HomeworkServiceContract {

    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
