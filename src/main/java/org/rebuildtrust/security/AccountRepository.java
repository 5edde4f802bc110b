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

    /**
     * Replaces a password hash of an older cost after the right password was typed. A conditional update rather than
     * a change to the entity: it bumps no version, so it never conflicts with an admin editing the account, and two
     * sign-ins at once both succeed (the second finds the hash already replaced and changes nothing).
     */
    public void upgradePasswordHash(long accountId, String oldHash, String newHash) {
        em.createQuery("UPDATE UserAccount a SET a.passwordHash = :newHash WHERE a.id = :id AND a.passwordHash = :oldHash")
                .setParameter("newHash", newHash)
                .setParameter("id", accountId)
                .setParameter("oldHash", oldHash)
                .executeUpdate();
    }

    public boolean loginNameTaken(String loginName) {
        return findByLogin(loginName).isPresent();
    }
}
