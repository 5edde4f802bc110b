package org.rebuildtrust.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Lengths;

/** The therapy practice that owns therapists, couples and (later) homework templates. */
@Entity
@Table(name = "practice")
public class Practice extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = Lengths.LABEL)
    @Column(nullable = false, length = Lengths.LABEL)
    private String name;

    /** Whether therapists and admins must sign in with a second factor. */
    @Column(name = "require_two_factor", nullable = false)
    private boolean requireTwoFactor;

    /** The zone appointments are shown, repeated and reminded in (an IANA name such as Europe/Berlin). */
    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = "UTC";

    protected Practice() {
        // for JPA
    }

    public Practice(String name) {
        this.name = name;
    }

    public boolean isRequireTwoFactor() {
        return requireTwoFactor;
    }

    public void setRequireTwoFactor(boolean requireTwoFactor) {
        this.requireTwoFactor = requireTwoFactor;
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Sets the practice's zone; a name the time-zone database does not know is refused. */
    public void setTimeZone(String timeZone) {
        if (timeZone == null || !java.time.ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new org.rebuildtrust.shared.BusinessRuleException("practice.timeZone", "timeZone");
        }
        this.timeZone = timeZone;
    }

    public String getName() {
        return name;
    }
}
