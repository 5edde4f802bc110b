package org.rebuildtrust.practice.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.practice.Therapist;
import org.rebuildtrust.practice.TherapistService;
import org.rebuildtrust.security.CurrentActor;
import org.rebuildtrust.shared.BusinessRuleException;
import org.rebuildtrust.shared.Lengths;
import org.rebuildtrust.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** The admin's list of the practice's therapists, with the form that adds one. */
@Named
@ViewScoped
public class TherapistsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TherapistService therapistService;

    @Inject
    transient CurrentActor currentActor;

    private List<Therapist> therapists;

    @NotBlank
    @Size(max = Lengths.PERSON_NAME)
    private String displayName;

    @NotBlank
    @Size(min = 3, max = Lengths.LOGIN_NAME, message = "{validation.loginNameLength}")
    @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{validation.loginName}")
    private String loginName;

    @jakarta.validation.constraints.Email
    @Size(max = Lengths.EMAIL)
    private String email;

    @NotBlank
    @Size(min = Lengths.PASSWORD_MIN, max = Lengths.PASSWORD_MAX)
    private String password;

    @PostConstruct
    void load() {
        currentActor.require().requireAdmin();
        therapists = therapistService.listPractice(currentActor.require());
    }

    public void create() {
        try {
            Therapist created = therapistService.create(currentActor.require(), displayName, loginName, email, password);
            Messages.info("admin.therapists.created", created.getDisplayName());
            displayName = null;
            loginName = null;
            email = null;
            password = null;
            load();
        } catch (BusinessRuleException refusal) {
            Messages.refused(refusal, "therapistForm");
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Therapist> getTherapists() {
        return therapists;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
