package org.rebuildtrust.milestones.web;

import jakarta.validation.constraints.Size;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.milestones.Milestone;
import org.rebuildtrust.milestones.MilestoneKind;
import org.rebuildtrust.milestones.MilestoneService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The couple's milestones in the portal: log a moment worth celebrating, read the timeline, reply. */
@Named
@ViewScoped
public class MilestonesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MilestoneService milestones;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PageViews pageViews;

    @Inject
    transient Clock clock;

    private MilestoneKind kind;
    private LocalDate happenedOn;
    @Size(max = Milestone.WORDS_LENGTH)
    private String words;
    private final Map<Long, String> replies = new HashMap<>();
    private List<Milestone> timeline;

    public void load() {
        if (happenedOn == null) {
            happenedOn = LocalDate.now(clock);
        }
        timeline = milestones.timeline(currentActor.require());
        pageViews.opened(AuditRecord.MILESTONE, null, timeline.isEmpty() ? null : timeline.get(0).getCouple().getId(),
                "timeline");
    }

    public void log() {
        try {
            milestones.log(currentActor.require(), kind, happenedOn, words);
            Messages.info("milestone.logged");
            kind = null;
            words = null;
            happenedOn = null;
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "milestoneForm");
        }
    }

    public void reply(Milestone milestone) {
        try {
            milestones.reply(currentActor.require(), milestone.getId(), replies.get(milestone.getId()));
            replies.remove(milestone.getId());
            Messages.info("milestone.replied");
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "timelineForm");
        }
    }

    public List<MilestoneKind> getKinds() {
        return List.of(MilestoneKind.values());
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public void setKind(MilestoneKind kind) {
        this.kind = kind;
    }

    public LocalDate getHappenedOn() {
        return happenedOn;
    }

    public void setHappenedOn(LocalDate happenedOn) {
        this.happenedOn = happenedOn;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public Map<Long, String> getReplies() {
        return replies;
    }

    public List<Milestone> getTimeline() {
        return timeline;
    }
}
