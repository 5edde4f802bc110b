package org.rebuildtrust.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * One way to show dates, in the page's locale ("Dec 3, 2026" in English), for pages that put a date inside text or a
 * message (#{dates.day(d)}), where no converter applies. Typed dates stay ISO (yyyy-MM-dd) in the date pickers.
 */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    public String day(LocalDate day) {
        return day == null ? "" : DAY.withLocale(Messages.locale()).format(day);
    }

    public String moment(Instant moment) {
        return moment == null ? "" : MOMENT.withLocale(Messages.locale()).format(moment.atZone(ZoneId.systemDefault()));
    }
}
