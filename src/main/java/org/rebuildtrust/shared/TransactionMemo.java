package org.rebuildtrust.shared;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.function.Supplier;

/**
 * Remembers a value for the rest of the current JTA transaction, so that a lookup several services make in one
 * transaction (the access check of a couple: ten times in one between-session review) reaches the database once.
 * Safe for entities: within one transaction every service shares one persistence context, so the remembered entity is
 * the very one a second query would have returned — unless the persistence context is cleared in between
 * (EntityManager.clear), after which a remembered entity is detached: code that clears must not look the couple up
 * again in that transaction to change it. Outside a transaction, and when wired by hand (tests), it remembers nothing
 * and always loads.
 */
@ApplicationScoped
public class TransactionMemo {

    @Resource
    TransactionSynchronizationRegistry registry;

    /** The value remembered under {@code key} in this transaction, or the one {@code load} gives, then remembered. */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> load) {
        if (registry == null || registry.getTransactionKey() == null) {
            return load.get();
        }
        Object known = registry.getResource(key);
        if (known != null) {
            return (T) known;
        }
        T loaded = load.get();
        registry.putResource(key, loaded);
        return loaded;
    }
}
