package org.rebuildtrust.checkins.web;

import org.rebuildtrust.checkins.CheckIn;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A check-in as a page's table shows it, kept in a view instead of the entity (which would hold on to everything its
 * transaction read). Getters, not a record: the pages' EL reads no record components.
 */
public final class CheckInRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate weekStart;
    private final String partnerName;
    private final int trust;
    private final int safety;
    private final int connection;
    private final int communication;
    private final String note;

    private CheckInRow(LocalDate weekStart, String partnerName, int trust, int safety, int connection, int communication,
                       String note) {
        this.weekStart = weekStart;
        this.partnerName = partnerName;
        this.trust = trust;
        this.safety = safety;
        this.connection = connection;
        this.communication = communication;
        this.note = note;
    }

    public static CheckInRow of(CheckIn checkIn) {
        return new CheckInRow(checkIn.getWeekStart(), checkIn.getPartner().getFullName(), checkIn.getTrust(),
                checkIn.getSafety(), checkIn.getConnection(), checkIn.getCommunication(), checkIn.getNote());
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public String getPartnerName() {
        return partnerName;
    }

    public int getTrust() {
        return trust;
    }

    public int getSafety() {
        return safety;
    }

    public int getConnection() {
        return connection;
    }

    public int getCommunication() {
        return communication;
    }

    public String getNote() {
        return note;
    }
}
