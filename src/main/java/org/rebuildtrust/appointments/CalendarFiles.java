package org.rebuildtrust.appointments;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * iCalendar (RFC 5545) files of appointments, written by ical4j: one appointment for a partner's calendar, or a
 * therapist's feed. Times are written in UTC, which every calendar application shows in its own zone. Each appointment
 * keeps one UID and counts its changes in SEQUENCE, so a calendar that imported it before updates it in place; a
 * cancelled one stays in the feed as CANCELLED, so subscribers' copies disappear.
 */
public final class CalendarFiles {

    static final String PRODUCT = "-//Rebuild//Appointments//EN";

    private CalendarFiles() {
    }

    /** One calendar of the given appointments; {@code summary} says what each is called, {@code place} where it is. */
    public static byte[] of(List<Appointment> appointments, Function<Appointment, String> summary,
                            Function<Appointment, String> place) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        for (Appointment appointment : appointments) {
            calendar.add(event(appointment, summary.apply(appointment), place.apply(appointment)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static VEvent event(Appointment appointment, String summary, String place) {
        VEvent event = new VEvent(appointment.getStartsAt(), appointment.getEndsAt(), summary);
        event.add(new Uid("appointment-" + appointment.getId() + "@rebuild"));
        event.add(new Sequence((int) appointment.getVersion()));
        if (place != null && !place.isBlank()) {
            event.add(new Location(place));
        }
        boolean cancelled = switch (appointment.getStatus()) {
            case CANCELLED, LATE_CANCELLED -> true;
            default -> false;
        };
        event.add(new Status(cancelled ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        return event;
    }
}
