package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/** Looks up accounts by login name for sign-in and for rebuilding the actor on each request. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    protected AccountRepository() {
        // for CDI
    }

    public AccountRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<UserAccount> findByLogin(String loginName) {
        return em.createNamedQuery(UserAccount.FIND_BY_LOGIN, UserAccount.class)
                .setParameter("loginName", UserAccount.normalizeLoginName(loginName))
                .getResultStream()
                .findFirst();
    }

    public boolean loginNameTaken(String loginName) {
        return findByLogin(loginName).isPresent();
    }
}
