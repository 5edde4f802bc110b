package org.rebuildtrust.shared;

import java.time.LocalDate;
import java.time.Period;

/**
 * The sensible dates of one field, relative to today: a typing slip such as 1800 or 9999 is refused with the field's
 * message instead of stored. Each service declares the range of each date it accepts, once, beside the rule.
 *
 * @param earliest   the first accepted day, or null for today
 * @param ahead      how far after today a date may lie ({@link Period#ZERO}: not in the future)
 * @param messageKey the bundle key of the refusal, which states the range
 * @param field      the form field the refusal is shown beside
 */
public record DateRange(LocalDate earliest, Period ahead, String messageKey, String field) {

    /** Older than any record a practice would type in: the floor for dates of the couple's own history. */
    public static final LocalDate LIVING_MEMORY = LocalDate.of(1950, 1, 1);

    /** Refuses a day outside the range; an empty date is another rule's business. */
    public void check(LocalDate day, LocalDate today) {
        check(day, today, null);
    }

    /** As {@link #check(LocalDate, LocalDate)}, also refusing a day before {@code notBefore} when it is later. */
    public void check(LocalDate day, LocalDate today, LocalDate notBefore) {
        if (day == null) {
            return;
        }
        LocalDate first = earliest == null ? today : earliest;
        if (notBefore != null && notBefore.isAfter(first)) {
            first = notBefore;
        }
        if (day.isBefore(first) || day.isAfter(today.plus(ahead))) {
            throw new BusinessRuleException(messageKey, field);
        }
    }
}
