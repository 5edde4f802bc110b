package org.rebuildtrust.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.rebuildtrust.security.AccountService;
import org.rebuildtrust.security.Actor;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.security.UserAccount;
import org.rebuildtrust.shared.Lengths;
import org.rebuildtrust.shared.RecordNotFoundException;

import java.util.List;

/** The practice's therapists: who they are, and the admin's work of adding and deactivating them. */
@ApplicationScoped
@Transactional
public class TherapistService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accountService;

    protected TherapistService() {
        // for CDI
    }

    public TherapistService(EntityManager em, AccountService accountService) {
        this.em = em;
        this.accountService = accountService;
    }

    public List<Therapist> listPractice(@NotNull Actor actor) {
        return em.createNamedQuery(Therapist.FIND_BY_PRACTICE, Therapist.class)
                .setParameter("practiceId", actor.practiceId())
                .getResultList();
    }

    /** The therapist record of a signed-in therapist. */
    public Therapist findForAccount(@NotNull Actor actor) {
        return em.createNamedQuery(Therapist.FIND_BY_ACCOUNT, Therapist.class)
                .setParameter("accountId", actor.accountId())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Therapist for account", actor.accountId()));
    }

    /** An active therapist of the admin's practice, for assigning a couple. */
    public Therapist findActiveInPractice(@NotNull Actor admin, Long therapistId) {
        admin.requireAdmin();
        Therapist therapist = therapistId == null ? null : em.find(Therapist.class, therapistId);
        if (therapist == null || !therapist.getPractice().getId().equals(admin.practiceId()) || !therapist.isActive()) {
            throw new RecordNotFoundException("Therapist", therapistId);
        }
        return therapist;
    }

    /** Adds a therapist with their own login to the admin's practice. */
    public Therapist create(@NotNull Actor admin,
                            @NotBlank @Size(max = Lengths.PERSON_NAME) String displayName,
                            @NotBlank @Size(max = Lengths.LOGIN_NAME) String loginName,
                            String initialPassword) {
        return create(admin, displayName, loginName, null, initialPassword);
    }

    /** A therapist with an email address, where their password-reset links go. */
    public Therapist create(@NotNull Actor admin,
                            @NotBlank @Size(max = Lengths.PERSON_NAME) String displayName,
                            @NotBlank @Size(max = Lengths.LOGIN_NAME) String loginName,
                            @jakarta.validation.constraints.Email @Size(max = Lengths.EMAIL) String email,
                            String initialPassword) {
        UserAccount account = accountService.createAccount(admin, loginName, displayName, Role.THERAPIST,
                initialPassword);
        account.changeEmail(email);
        Practice practice = em.find(Practice.class, admin.practiceId());
        Therapist therapist = new Therapist(practice, account, displayName);
        em.persist(therapist);
        return therapist;
    }
}
