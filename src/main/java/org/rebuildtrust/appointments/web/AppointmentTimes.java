package org.rebuildtrust.appointments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rebuildtrust.appointments.Appointment;
import org.rebuildtrust.appointments.AppointmentService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.Texts;
import org.rebuildtrust.shared.web.Messages;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Appointment times as pages show them: in the practice's time zone (not the server's or the browser's), in the page's
 * language: "Thu, Dec 10, 2026 · 6:00 PM–6:50 PM". A session recorded by its day alone shows only the day.
 */
@Named
@RequestScoped
public class AppointmentTimes {

    @Inject
    AppointmentService appointments;

    @Inject
    CurrentActor currentActor;

    private ZoneId zone;

    /** The practice's zone, read once per request. */
    public ZoneId zone() {
        if (zone == null) {
            zone = appointments.zoneOf(currentActor.require());
        }
        return zone;
    }

    /** The zone's name, for the pages that say which zone their times are in. */
    public String getZoneName() {
        return zone().getId();
    }

    public String when(Appointment appointment) {
        if (!appointment.isTimeKnown() && appointment.getHeldSession() != null) {
            // recorded by its day alone: that day, whatever the zone (its stored instant is only a stand-in)
            return texts().weekdayAndDay(appointment.getHeldSession().getHeldOn(), false);
        }
        String day = day(appointment.getStartsAt());
        if (!appointment.isTimeKnown()) {
            return day;
        }
        return day + " · " + time(appointment.getStartsAt()) + "–" + time(appointment.getEndsAt());
    }

    /** The weekday and day of an instant in the practice's zone ("Thu, Dec 10, 2026"). */
    public String day(Instant moment) {
        return texts().weekdayAndDay(moment.atZone(zone()).toLocalDate(), false);
    }

    /** A moment's day and time in the practice's zone ("Thu, Dec 10, 2026 · 6:00 PM"). */
    public String dayAndTime(Instant moment) {
        return moment == null ? "" : day(moment) + " · " + time(moment);
    }

    public String time(Instant moment) {
        return texts().time(moment.atZone(zone()).toLocalTime());
    }

    private static Texts texts() {
        return Messages.texts();
    }
}
