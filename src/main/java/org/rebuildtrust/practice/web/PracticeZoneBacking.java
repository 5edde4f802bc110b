package org.rebuildtrust.practice.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.practice.PracticeSettings;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The admin's choice of the practice's time zone, on the accounts page. */
@Named
@ViewScoped
public class PracticeZoneBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PracticeSettings settings;

    @Inject
    transient CurrentActor currentActor;

    private String timeZone;

    @jakarta.annotation.PostConstruct
    void load() {
        timeZone = settings.timeZone(currentActor.require());
    }

    public void save() {
        try {
            settings.changeTimeZone(currentActor.require(), timeZone);
            Messages.info("admin.zone.saved", timeZone);
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "practiceZoneForm");
        }
    }

    public List<String> getZoneNames() {
        return PracticeSettings.zoneNames();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
