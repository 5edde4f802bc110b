package org.rebuildtrust.homework;

import org.rebuildtrust.testsupport.TestDatabase;

class BuiltInWordingH2IT extends BuiltInWordingContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
