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

/** The partner's weekly check-in: four ratings and a note; checking in again this week revises it. */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    private static final long serialVersionUID = 1L;

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
    private List<CheckIn> history;

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
        history = checkIns.mine(currentActor.require());
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

    public List<CheckIn> getHistory() {
        return history;
    }
}
