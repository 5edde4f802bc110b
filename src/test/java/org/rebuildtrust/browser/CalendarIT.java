package org.rebuildtrust.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Appointments as a therapist and the partners use them: a weekly series booked on the couple's appointments page,
 * seen in the calendar and in both partners' portals, one occurrence moved by dragging it in the calendar, the partner's
 * .ics file, and the therapist's private calendar feed with and without its token. The demo practice keeps Berlin time.
 */
class CalendarIT extends BrowserTestSupport {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A Monday some weeks ahead, at an hour no demo appointment uses, so nothing else overlaps the series. */
    private static LocalDate firstMonday(int weeksAhead) {
        return LocalDate.now(BERLIN).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    private static void book(Browser robin, LocalDate day, String start, String end, String repeat, String count) {
        robin.type("bookForm:day", day.toString());
        robin.type("bookForm:start", start);
        robin.type("bookForm:endTime", end);
        if (repeat != null) {
            robin.choose("bookForm:cadence", repeat);
            robin.type("bookForm:count", count);
        }
        robin.clickAjax("bookForm:bookButton");
    }

    @Test
    void aWeeklySeriesIsInTheCalendarAndBothPortalsAndOneOccurrenceMovesByDrag() {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Calendar");
        LocalDate monday = firstMonday(5);
        robin.open("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple));
        book(robin, monday, "07:10", "06:55", null, null);
        assertTrue(robin.pageText().contains("The end must come after the start."), robin.pageText());
        assertTrue(robin.pageText().contains("No appointments booked."), "nothing was booked");

        book(robin, monday, "07:10", "07:55", "Every week", "4");
        assertTrue(robin.pageText().contains("4 appointments are booked."), robin.pageText());
        List<WebElement> coming = robin.all(By.cssSelector("#comingAppointments li.rb-appointment"));
        assertEquals(4, coming.size(), robin.byId("comingAppointments").getText());
        assertTrue(coming.get(0).getText().contains(shown(monday) + " · 7:10 AM–7:55 AM"), coming.get(0).getText());
        assertTrue(coming.get(3).getText().contains(shown(monday.plusWeeks(3))), coming.get(3).getText());

        // the calendar's week of the second occurrence: drag it one day later (Monday to Tuesday)
        robin.open("/therapist/calendar.xhtml");
        ((JavascriptExecutor) robin.driver()).executeScript("PF('calendar').calendar.gotoDate(arguments[0]);",
                monday.plusWeeks(1).toString());
        robin.waitUntil(d -> !robin.all(By.xpath("//a[contains(@class,'fc-event')][contains(., '" + couple.label() + "')]")).isEmpty());
        WebElement event = robin.all(By.xpath("//a[contains(@class,'fc-event')][contains(., '" + couple.label() + "')]")).get(0);
        assertTrue(event.getText().contains("Joint session"), event.getText());
        int dayWidth = robin.driver().findElements(By.cssSelector(".fc-timegrid-col")).get(1).getSize().getWidth();
        new Actions(robin.driver()).clickAndHold(event).moveByOffset(dayWidth / 2, 0).moveByOffset(dayWidth / 2 + 2, 0)
                .release().perform();
        robin.waitForAjax();
        assertTrue(robin.pageText().contains(couple.label() + " is moved to " + shown(monday.plusWeeks(1).plusDays(1)) + ", 7:10 AM."),
                robin.pageText());

        robin.open("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple));
        List<String> times = robin.all(By.cssSelector("#comingAppointments li.rb-appointment a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(shown(monday), shown(monday.plusWeeks(1).plusDays(1)), shown(monday.plusWeeks(2)),
                        shown(monday.plusWeeks(3))),
                times.stream().map(t -> t.replaceAll("^\\w+, (.*) · .*$", "$1")).toList(), times.toString());

        // an individual session with Ada: Ada sees it, Hal never does
        book(robin, monday.plusDays(2), "07:10", "07:40", null, null);
        robin.choose("bookForm:partnerId", couple.nameA() + " alone (individual session)");
        book(robin, monday.plusDays(3), "07:10", "07:40", null, null);
        assertTrue(robin.pageText().contains("The appointment is booked."), robin.pageText());

        Browser ada = signedIn(couple.loginA(), PARTNER_PASSWORD).open("/portal/home.xhtml");
        String adas = ada.byId("comingAppointments").getText();
        Browser hal = signedIn(couple.loginB(), PARTNER_PASSWORD).open("/portal/home.xhtml");
        String hals = hal.byId("comingAppointments").getText();
        assertTrue(adas.contains("Individual session with Dr. Robin Vale"), adas);
        assertFalse(hals.contains("Individual session"), hals);
        assertTrue(hals.contains(shown(monday) + " · 7:10 AM–7:55 AM") && hals.contains("Couples session with Dr. Robin Vale"), hals);
        assertEquals(6, ada.all(By.cssSelector("#comingAppointments li.rb-appointment")).size(), adas);
        assertEquals(5, hal.all(By.cssSelector("#comingAppointments li.rb-appointment")).size(), hals);

        // Hal's first appointment as a calendar file: the booked instant, in UTC
        String button = hal.all(By.cssSelector("#comingAppointments button[id$='addToCalendar']")).get(0).getAttribute("id");
        Browser.Download file = hal.submitForDownload("appointmentsForm", button);
        String ics = new String(file.body(), StandardCharsets.UTF_8);
        assertEquals(200, file.status());
        assertTrue(file.contentType().startsWith("text/calendar"), file.contentType());
        String start = monday.atTime(7, 10).atZone(BERLIN).withZoneSameInstant(ZoneId.of("UTC"))
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
        assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("DTSTART:" + start), ics);
        assertTrue(ics.contains("SUMMARY:Couples session with Dr. Robin Vale"), ics);

        // Hal turns appointment reminders off; the choice is kept
        hal.open("/account/reminders.xhtml");
        hal.driver().findElement(By.cssSelector("[id='remindersForm:appointments'] .ui-chkbox-box")).click();
        hal.clickAjax("remindersForm:saveReminders");
        assertTrue(hal.pageText().contains("Your choices are saved."), hal.pageText());
        hal.open("/account/reminders.xhtml");
        assertFalse(hal.driver().findElement(By.cssSelector("[id='remindersForm:appointments_input']")).isSelected());
        assertTrue(hal.driver().findElement(By.cssSelector("[id='remindersForm:homeworkDue_input']")).isSelected());
    }

    @Test
    void theCalendarFeedNeedsItsTokenNamesNoClientAndStopsWhenReplacedOrRevoked() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Feed");
        robin.open("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple));
        // a Saturday at dawn: nothing of the other test or of the demo is booked then
        book(robin, firstMonday(7).plusDays(5), "06:00", "06:40", null, null);
        assertTrue(robin.pageText().contains("The appointment is booked."), robin.pageText());

        robin.open("/account/reminders.xhtml");
        robin.clickAjax("feedForm:issueFeed");
        String address = robin.valueOf("feedForm:feedAddress");
        assertTrue(address.matches("http://localhost:\\d+/calendar/feed/[A-Za-z0-9_-]{43}\\.ics"), address);
        String path = address.replaceFirst("^http://[^/]+", "");

        HttpCaller anybody = new HttpCaller(server);
        HttpResponse<String> feed = anybody.get(path);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(feed.headers().firstValue("Set-Cookie").isEmpty(), "the feed makes no session");
        // the partners are "Ada Feed <run>" and "Hal Feed <run>": their initials, and the kind of session
        String run = couple.nameA().substring(couple.nameA().lastIndexOf(' ') + 1, couple.nameA().lastIndexOf(' ') + 2).toUpperCase();
        assertTrue(feed.body().contains("SUMMARY:A.F." + run + ". & H.F." + run + ". · Joint session"), feed.body());
        assertFalse(feed.body().contains(couple.nameA()) || feed.body().contains(couple.nameB())
                || feed.body().contains(couple.label()) || feed.body().contains("Ada") || feed.body().contains("Hal"), feed.body());

        // the token with its first character changed (to one it is not: a token may well begin with "x")
        String first = path.substring(path.indexOf("/feed/") + 6, path.indexOf("/feed/") + 7);
        assertEquals(404, anybody.get(path.replaceFirst("/feed/.", "/feed/" + ("x".equals(first) ? "y" : "x"))).statusCode(),
                "a wrong token");
        assertEquals(404, anybody.get("/calendar/feed/").statusCode(), "no token");

        robin.clickAjax("feedForm:issueFeed");
        String replaced = robin.valueOf("feedForm:feedAddress").replaceFirst("^http://[^/]+", "");
        assertEquals(404, anybody.get(path).statusCode(), "the replaced address");
        assertEquals(200, anybody.get(replaced).statusCode());
        robin.clickAjax("feedForm:revokeFeed");
        assertTrue(robin.pageText().contains("The calendar address no longer works."), robin.pageText());
        assertEquals(404, anybody.get(replaced).statusCode(), "the revoked address");
    }

    @Test
    void malformedAndTamperedBookingsAreRefusedAtTheFieldAndBookNothing() throws Exception {
        Browser robin = signedIn("robin", DEMO_PASSWORD);
        OwnCouple couple = ownCouple(robin, "Tampered");
        OwnCouple other = ownCouple(robin, "Elsewhere");
        HttpCaller http = robin.sameSession();
        String path = "/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(couple);
        String otherPartner = HttpCaller.first(java.util.regex.Pattern.compile("<option value=\"(\\d+)\""),
                http.get("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(other)).body());
        List<java.util.Map<String, String>> attempts = List.of(
                java.util.Map.of("bookForm:day_input", "2027-02-30"),
                java.util.Map.of("bookForm:day_input", "30/01/2027"),
                java.util.Map.of("bookForm:start_input", "25:99"),
                java.util.Map.of("bookForm:endTime_input", "7 pm"),
                java.util.Map.of("bookForm:partnerId_input", otherPartner),
                java.util.Map.of("bookForm:partnerId_input", "JOINT' OR 1=1"),
                java.util.Map.of("bookForm:cadence_input", "WEEKLY", "bookForm:count_input", "500"),
                java.util.Map.of("bookForm:cadence_input", "DAILY", "bookForm:count_input", "3"));
        for (java.util.Map<String, String> tampered : attempts) {
            java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("bookForm:day_input",
                    firstMonday(9).toString()));
            fields.putAll(tampered);
            String answer = http.submitAjax(path, "bookForm", "bookForm:bookButton", fields);
            assertTrue(answer.contains("ui-message-error") || answer.contains("ui-messages-error"), tampered + ": " + answer);
            assertFalse(answer.contains("booked.") || answer.contains("serverError"), tampered + ": " + answer);
        }
        assertTrue(http.get(path).body().contains("No appointments booked."), "nothing was booked");

        // an appointment named in the address must be this couple's, and an id
        bookByHttp(robin, other, firstMonday(9), "06:10", "06:50");
        String othersAppointment = HttpCaller.first(java.util.regex.Pattern.compile("appointment=(\\d+)"),
                http.get("/therapist/couples/appointments.xhtml?couple=" + coupleIdOf(other)).body());
        for (String wrong : List.of(othersAppointment, "abc", "-1", "99999999999999999999")) {
            String page = http.get(path + "&appointment=" + wrong).body();
            assertTrue(page.contains("id=\"notFound\""), wrong + ": " + page);
        }
    }
}
