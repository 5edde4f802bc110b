package org.rebuildtrust.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Where people reach the application, for links in emails: REBUILD_BASE_URL when set (a real installation behind its
 * proxy should set it), otherwise the address the current request came to.
 */
@ApplicationScoped
public class PortalAddress {

    @Inject
    @ConfigProperty(name = "rebuild.base-url")
    Optional<String> baseUrl;

    public String current() {
        if (baseUrl.isPresent() && !baseUrl.get().isBlank()) {
            return baseUrl.get().replaceAll("/+$", "");
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
