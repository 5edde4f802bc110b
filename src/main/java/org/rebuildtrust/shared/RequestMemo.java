package org.rebuildtrust.shared;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers a value for the rest of one request, across the request's transactions (see {@link TransactionMemo} for
 * one transaction). A view-scoped bean keeps only ids between requests and reads its page's data once per request,
 * whichever getter the page calls first: what a view keeps lives in the session as long as the view does (ten per
 * session), and entities kept there hold on to everything their transaction read (docs/performance.md, "What holds
 * the memory"). The couple service remembers here which couples' access it has checked in this request.
 */
@RequestScoped
public class RequestMemo {

    private final Map<Object, Object> remembered = new HashMap<>();

    /** Whether something is remembered under {@code key} in this request. */
    public boolean knows(Object key) {
        return remembered.containsKey(key);
    }

    /** The value remembered under {@code key} in this request, or the one {@code load} gives, then remembered. */
    @SuppressWarnings("unchecked")
    public <T> T remember(Object key, Supplier<T> load) {
        if (remembered.containsKey(key)) {
            return (T) remembered.get(key);
        }
        T loaded = load.get(); // not computeIfAbsent: a load may remember something of its own
        remembered.put(key, loaded);
        return loaded;
    }
}
