package org.rebuildtrust.checkins.web;

import jakarta.validation.constraints.Size;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.audit.AuditRecord;
import org.rebuildtrust.audit.web.PageViews;
import org.rebuildtrust.checkins.CheckIn;
import org.rebuildtrust.checkins.CheckInService;
import org.rebuildtrust.homework.HomeworkService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Rating;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The partner's weekly check-in: four ratings and a note; checking in again this week revises it. Below it, the
 * partner's earlier weeks, the most recent {@value #WEEKS_SHOWN} first and more on request.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many weeks the history shows at first, and how many more each "Show earlier weeks" adds. */
    static final int WEEKS_SHOWN = 12;

    @Inject
    transient CheckInService checkIns;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient HomeworkService homework;

    @Inject
    transient PageViews pageViews;

    private Integer trust;
    private Integer safety;
    private Integer connection;
    private Integer communication;
    @Size(max = CheckIn.NOTE_LENGTH)
    private String note;
    private boolean checkedInThisWeek;
    private int weeksShown = WEEKS_SHOWN;
    private List<CheckInRow> history;
    private boolean earlierWeeks;

    public void load() {
        pageViews.opened(AuditRecord.CHECK_IN, null, null, "check-in page");
        checkIns.thisWeek(currentActor.require()).ifPresent(current -> {
            checkedInThisWeek = true;
            trust = current.getTrust();
            safety = current.getSafety();
            connection = current.getConnection();
            communication = current.getCommunication();
            note = current.getNote();
        });
        readHistory();
    }

    /** Shows {@value #WEEKS_SHOWN} weeks more of the history. */
    public void showEarlierWeeks() {
        weeksShown += WEEKS_SHOWN;
        readHistory();
    }

    private void readHistory() {
        // one more than shown: whether there are earlier weeks, without counting them all
        List<CheckIn> recent = checkIns.mine(currentActor.require(), weeksShown + 1);
        earlierWeeks = recent.size() > weeksShown;
        history = recent.stream().limit(weeksShown).map(CheckInRow::of).toList();
    }

    public void save() {
        try {
            CheckInService.Saved saved = homework.checkIn(currentActor.require(),
                    new CheckIn.Ratings(trust, safety, connection, communication, note));
            Messages.info(saved.revisedThisWeeks() ? "checkIn.revised" : "checkIn.saved");
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "checkInForm");
        }
    }

    /** The scale's choices, 0 to 10. */
    public List<Integer> getScale() {
        return Rating.choices();
    }

    public Integer getTrust() {
        return trust;
    }

    public void setTrust(Integer trust) {
        this.trust = trust;
    }

    public Integer getSafety() {
        return safety;
    }

    public void setSafety(Integer safety) {
        this.safety = safety;
    }

    public Integer getConnection() {
        return connection;
    }

    public void setConnection(Integer connection) {
        this.connection = connection;
    }

    public Integer getCommunication() {
        return communication;
    }

    public void setCommunication(Integer communication) {
        this.communication = communication;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isCheckedInThisWeek() {
        return checkedInThisWeek;
    }

    public List<CheckInRow> getHistory() {
        return history;
    }

    public boolean isEarlierWeeks() {
        return earlierWeeks;
    }
}
