package org.rebuildtrust.homework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.rebuildtrust.homework.AssignmentRequest;
import org.rebuildtrust.homework.Audience;
import org.rebuildtrust.homework.PromptKind;
import org.rebuildtrust.homework.Step;
import org.rebuildtrust.homework.Visibility;

import java.util.List;

/** The choices of the homework forms' selection lists; their labels come from the bundle. */
@Named
@ApplicationScoped
public class HomeworkChoices {

    public List<Step> getSteps() {
        return List.of(Step.values());
    }

    public List<Audience> getAudiences() {
        return List.of(Audience.values());
    }

    public List<PromptKind> getPromptKinds() {
        return List.of(PromptKind.values());
    }

    public List<Visibility> getVisibilities() {
        return List.of(Visibility.values());
    }

    public List<AssignmentRequest.Recurrence> getRecurrences() {
        return List.of(AssignmentRequest.Recurrence.values());
    }
}
