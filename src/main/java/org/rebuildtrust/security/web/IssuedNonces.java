package org.rebuildtrust.security.web;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The PrimeFaces CSP nonces of the pages this session was shown (the newest few hundred, well over the views JSF
 * keeps), so a POST can be refused before anything of it runs when its nonce was never given to this session.
 */
final class IssuedNonces implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String ATTRIBUTE = IssuedNonces.class.getName();
    private static final int KEPT = 200;

    private final LinkedHashSet<String> nonces = new LinkedHashSet<>();

    static void remember(HttpSession session, String nonce) {
        if (nonce == null || nonce.isEmpty()) {
            return;
        }
        synchronized (session) {
            IssuedNonces issued = (IssuedNonces) session.getAttribute(ATTRIBUTE);
            if (issued == null) {
                issued = new IssuedNonces();
            }
            issued.add(nonce);
            session.setAttribute(ATTRIBUTE, issued); // set again so a replicated session sees the change
        }
    }

    /** Whether this session was shown a page with this nonce; true when it was shown no page yet (nothing to hold). */
    static boolean mayHave(HttpSession session, String nonce) {
        synchronized (session) {
            IssuedNonces issued = (IssuedNonces) session.getAttribute(ATTRIBUTE);
            return issued == null || issued.nonces.contains(nonce);
        }
    }

    private void add(String nonce) {
        nonces.remove(nonce);
        nonces.add(nonce);
        if (nonces.size() > KEPT) {
            Set<String> oldest = Set.of(nonces.iterator().next());
            nonces.removeAll(oldest);
        }
    }
}
