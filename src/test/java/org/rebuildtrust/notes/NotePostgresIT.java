package org.rebuildtrust.notes;

import org.rebuildtrust.testsupport.TestDatabase;

class NotePostgresIT extends NoteContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
