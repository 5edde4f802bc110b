package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class BuiltInWordingPostgresIT extends BuiltInWordingContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
