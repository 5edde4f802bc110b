package org.rebuildtrust.notes.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.notes.NoteService;
import org.rebuildtrust.notes.SessionNote;
import org.rebuildtrust.security.CurrentActor;

import java.util.List;

/** The therapist's notes left unsigned for more than three days, on their home (the caseload). */
@Named
@RequestScoped
public class UnsignedNotesBacking {

    @Inject
    NoteService notes;

    @Inject
    CurrentActor currentActor;

    private List<SessionNote> overdue;

    public List<SessionNote> getOverdue() {
        if (overdue == null) {
            overdue = notes.unsignedOverdue(currentActor.require());
        }
        return overdue;
    }
}
