package org.rebuildtrust.couples;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.Language;
import org.rebuildtrust.shared.BaseEntity;
import org.rebuildtrust.shared.Lengths;

/**
 * One person of a couple. Seat 1 or 2 keeps the pair exactly two and in a stable order.
 * The email address need not be unique: partners often share one, and each still gets their own login.
 */
@Entity
@Table(name = "partner")
@NamedQuery(name = Partner.FIND_BY_ACCOUNT,
        query = "SELECT p FROM Partner p JOIN FETCH p.couple WHERE p.account.id = :accountId")
public class Partner extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final String FIND_BY_ACCOUNT = "Partner.findByAccount";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "couple_id", nullable = false)
    private Couple couple;

    @Column(nullable = false)
    private int seat;

    @NotBlank
    @Size(max = Lengths.PERSON_NAME)
    @Column(name = "full_name", nullable = false, length = Lengths.PERSON_NAME)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = Lengths.EMAIL)
    @Column(nullable = false, length = Lengths.EMAIL)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "recovery_role", nullable = false, length = 16)
    private RecoveryRole recoveryRole = RecoveryRole.NOT_SET;

    /** The language of this partner's emails until their account has one of its own (see {@link #emailLanguage()}). */
    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Language language = Language.ENGLISH;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", unique = true)
    private UserAccount account;

    /**
     * The account's id as read with the partner (the relation above writes it): whether a partner has a portal login
     * is known without reading their account, a statement per partner on the couple page and the review.
     */
    @Column(name = "account_id", insertable = false, updatable = false)
    private Long accountId;

    protected Partner() {
        // for JPA
    }

    Partner(Couple couple, int seat) {
        this.couple = couple;
        this.seat = seat;
    }

    /** Copies the editable details from a form's copy. */
    void reviseDetails(Partner edited) {
        this.fullName = edited.fullName;
        this.email = edited.email;
        this.recoveryRole = edited.recoveryRole;
        this.language = edited.language;
    }

    /** The language to write to this partner in: the one they chose for their account, else the therapist's setting. */
    public Language emailLanguage() {
        return account != null && account.getLanguage() != null ? account.getLanguage() : language;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public void linkAccount(UserAccount portalAccount) {
        this.account = portalAccount;
    }

    public Couple getCouple() {
        return couple;
    }

    public int getSeat() {
        return seat;
    }

    /** The first word of a full name, for greetings and short labels. */
    public static String firstNameOf(String fullName) {
        String name = fullName.strip();
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    public String getFirstName() {
        return firstNameOf(fullName);
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public RecoveryRole getRecoveryRole() {
        return recoveryRole;
    }

    public void setRecoveryRole(RecoveryRole recoveryRole) {
        this.recoveryRole = recoveryRole;
    }

    public UserAccount getAccount() {
        return account;
    }

    public boolean hasPortalAccount() {
        return accountId != null || account != null; // the second for an account linked since the partner was read
    }
}
