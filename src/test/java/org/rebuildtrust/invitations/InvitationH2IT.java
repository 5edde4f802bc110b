package org.rebuildtrust.invitations;

import org.rebuildtrust.testsupport.TestDatabase;

class InvitationH2IT extends InvitationContract {

    @Override
    protected TestDatabase database() {
        return TestDatabase.H2;
    }
}
