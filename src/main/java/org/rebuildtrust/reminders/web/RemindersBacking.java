package org.rebuildtrust.reminders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.appointments.CalendarFeedService;
import org.rebuildtrust.reminders.ReminderPreferences;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.web.Messages;
import org.rebuildtrust.shared.web.PortalAddress;

import java.io.Serializable;

/**
 * The account's reminders page: a partner turns each kind of reminder email on or off, a therapist the daily digest,
 * and a therapist makes, replaces or revokes their private calendar feed (whose address is shown once, when made).
 */
@Named
@ViewScoped
public class RemindersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReminderPreferences preferences;

    @Inject
    transient CalendarFeedService feeds;

    @Inject
    transient CurrentActor currentActor;

    @Inject
    transient PortalAddress address;

    private boolean appointments;
    private boolean homeworkDue;
    private boolean homeworkOverdue;
    private boolean dailyDigest;
    private boolean hasFeed;
    private String newFeedAddress;

    public void load() {
        ReminderPreferences.Choices choices = preferences.of(currentActor.require());
        appointments = choices.appointments();
        homeworkDue = choices.homeworkDue();
        homeworkOverdue = choices.homeworkOverdue();
        dailyDigest = choices.dailyDigest();
        hasFeed = currentActor.require().isTherapist() && feeds.hasFeed(currentActor.require());
    }

    public void save() {
        preferences.save(currentActor.require(),
                new ReminderPreferences.Choices(appointments, homeworkDue, homeworkOverdue, dailyDigest));
        Messages.info("reminders.saved");
    }

    /** Makes a new feed address (the old one stops working) and shows it, this once. */
    public void issueFeed() {
        String token = feeds.issue(currentActor.require());
        newFeedAddress = address.current() + "/calendar/feed/" + token + ".ics";
        hasFeed = true;
        Messages.info("feed.issued");
    }

    public void revokeFeed() {
        feeds.revoke(currentActor.require());
        newFeedAddress = null;
        hasFeed = false;
        Messages.info("feed.revoked");
    }

    public boolean isTherapist() {
        return currentActor.require().isTherapist();
    }

    public boolean isAppointments() {
        return appointments;
    }

    public void setAppointments(boolean appointments) {
        this.appointments = appointments;
    }

    public boolean isHomeworkDue() {
        return homeworkDue;
    }

    public void setHomeworkDue(boolean homeworkDue) {
        this.homeworkDue = homeworkDue;
    }

    public boolean isHomeworkOverdue() {
        return homeworkOverdue;
    }

    public void setHomeworkOverdue(boolean homeworkOverdue) {
        this.homeworkOverdue = homeworkOverdue;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public boolean isHasFeed() {
        return hasFeed;
    }

    public String getNewFeedAddress() {
        return newFeedAddress;
    }
}
