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

    private List<Answer> open;
    private List<Answer> completed;
    private LocalDate today;

    @PostConstruct
    void load() {
        today = LocalDate.now(clock);
        List<Answer> all = homework.homeworkOf(currentActor.require());
        open = homework.openHomeworkOf(currentActor.require());
        completed = all.stream().filter(a -> a.getStatus().isDone())
                .sorted((x, y) -> y.getSubmittedAt().compareTo(x.getSubmittedAt())).toList();
    }

    public boolean isOverdue(Answer answer) {
        return answer.isOverdue(today);
    }

    public List<Answer> getOpen() {
        return open;
    }

    public List<Answer> getCompleted() {
        return completed;
    }
}
