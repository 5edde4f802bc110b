package org.rebuildtrust.homework.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.homework.Answer;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The partner's homework on their portal home: open (soonest due first, overdue marked) and completed. */
@Named
@RequestScoped
public class PortalHomeworkBacking {

    @Inject
    HomeworkService homework;

    @Inject
    CurrentActor currentActor;

    @Inject
    Clock clock;

    /** How many submitted answers the home page lists, the most recent first; the rest are counted. */
    static final int COMPLETED_SHOWN = 10;

    private List<Answer> open;
    private HomeworkService.CompletedHomework completed;
    private LocalDate today;

    @PostConstruct
    void load() {
        today = LocalDate.now(clock);
        open = homework.openHomeworkOf(currentActor.require());
        completed = homework.completedHomeworkOf(currentActor.require(), COMPLETED_SHOWN);
    }

    public boolean isOverdue(Answer answer) {
        return answer.isOverdue(today);
    }

    public List<Answer> getOpen() {
        return open;
    }

    public List<Answer> getCompleted() {
        return completed.shown();
    }

    /** How many earlier submitted answers the list leaves out. */
    public long getCompletedNotShown() {
        return completed.notShown();
    }
}
