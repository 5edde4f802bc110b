package org.rebuildtrust.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Lengths;

/** A clinician of a practice, with a caseload of couples and a login of their own. */
@Entity
@Table(name = "therapist")
@NamedQuery(name = Therapist.FIND_BY_PRACTICE,
        query = "SELECT t FROM Therapist t JOIN FETCH t.account WHERE t.practice.id = :practiceId ORDER BY t.displayName")
@NamedQuery(name = Therapist.FIND_BY_ACCOUNT, query = "SELECT t FROM Therapist t WHERE t.account.id = :accountId")
public class Therapist extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_PRACTICE = "Therapist.findByPractice";
    public static final String FIND_BY_ACCOUNT = "Therapist.findByAccount";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id", nullable = false)
    private Practice practice;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    private UserAccount account;

    @NotBlank
    @Size(max = Lengths.PERSON_NAME)
    @Column(name = "display_name", nullable = false, length = Lengths.PERSON_NAME)
    private String displayName;

    protected Therapist() {
        // for JPA
    }

    public Therapist(Practice practice, UserAccount account, String displayName) {
        this.practice = practice;
        this.account = account;
        this.displayName = displayName;
    }

    public Practice getPractice() {
        return practice;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean isActive() {
        return account.isEnabled();
    }
}
