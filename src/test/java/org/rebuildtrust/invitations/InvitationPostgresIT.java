package org.rebuildtrust.invitations;

import org.rebuildtrust.testsupport.TestDatabase;

class InvitationPostgresIT extends InvitationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.POSTGRES;
    }
}
