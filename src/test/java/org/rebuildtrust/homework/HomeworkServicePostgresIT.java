package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class HomeworkServicePostgresIT extends HomeworkServiceContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
