package org.rebuildtrust.appointments;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the schedule form asks, in the practice's local time: the day, start and end, whom it is with, where, and for a
 * series how often and until when (a last day or a number of occurrences, not both). A class with setters rather than
 * a record: the form binds to it field by field.
 */
public class AppointmentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate day;
    private LocalTime start;
    private LocalTime end;
    private AppointmentKind kind = AppointmentKind.JOINT;
    private Long partnerId;
    private String place;
    private Cadence cadence;
    private LocalDate until;
    private Integer count;

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public LocalTime getStart() {
        return start;
    }

    public void setStart(LocalTime start) {
        this.start = start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setEnd(LocalTime end) {
        this.end = end;
    }

    public AppointmentKind getKind() {
        return kind;
    }

    public void setKind(AppointmentKind kind) {
        this.kind = kind;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }
}
