package org.rebuildtrust.shared.web;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers what a page reads for the rest of one request, so that a view-scoped bean can keep only ids between
 * requests and still read its page's data once per request, whichever getter the page calls first. What a view keeps
 * lives in the session as long as the view does (ten per session): entities kept there hold on to everything their
 * transaction read, so a page's data belongs here instead (docs/performance.md, "What holds the memory").
 */
@RequestScoped
public class RequestMemo {

    private final Map<Object, Object> remembered = new HashMap<>();

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
