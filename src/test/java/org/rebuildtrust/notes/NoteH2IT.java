package org.rebuildtrust.notes;

import org.rebuildtrust.testsupport.TestDatabase;

class NoteH2IT extends NoteContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
