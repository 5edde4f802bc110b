package org.rebuildtrust.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.ZoneId;
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
     * The account of a signed-in request with its practice's time zone, in one statement: each section of a page that
     * shows a date or time asked the practice for its zone in a transaction of its own (two of the couple page's reads).
     */
    public Optional<SignedIn> findSignedIn(String loginName) {
        return em.createQuery("SELECT a, p.timeZone FROM UserAccount a, Practice p"
                        + " WHERE a.loginName = :loginName AND p.id = a.practiceId", Object[].class)
                .setParameter("loginName", UserAccount.normalizeLoginName(loginName))
                .getResultStream()
                .findFirst()
                .map(row -> new SignedIn((UserAccount) row[0], ZoneId.of((String) row[1])));
    }

    /** A signed-in account and its practice's zone. */
    public record SignedIn(UserAccount account, ZoneId practiceZone) {
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
