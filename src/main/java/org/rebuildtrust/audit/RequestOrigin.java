package org.rebuildtrust.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.rebuildtrust.security.ClientAddress;

/** The client address of the current HTTP request, or null outside one (start-up, timers). */
@ApplicationScoped
public class RequestOrigin {

    @Inject
    Instance<HttpServletRequest> request;

    public String address() {
        try {
            return ClientAddress.of(request.get());
        } catch (ContextNotActiveException | IllegalStateException noRequest) {
            return null;
        }
    }
}
