package org.rebuildtrust.appointments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.rebuildtrust.couples.Couple;
import org.rebuildtrust.shared.BaseEntity;

/**
 * A recurring series. Its occurrences are appointments of their own, made when the series is scheduled, so each can
 * be moved, cancelled, reminded of and marked held like any other; the series ties them together for "this and all
 * following".
 */
@Entity
@Table(name = "appointment_series")
public class AppointmentSeries extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Cadence cadence;

    protected AppointmentSeries() {
        // for JPA
    }

    AppointmentSeries(Couple couple, Cadence cadence) {
        this.couple = couple;
        this.cadence = cadence;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public Couple getCouple() {
        return couple;
    }
}
