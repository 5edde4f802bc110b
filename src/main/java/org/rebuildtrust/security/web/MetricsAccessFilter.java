package org.rebuildtrust.security.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rebuildtrust.security.ClientAddress;
import org.rebuildtrust.security.Role;
import org.rebuildtrust.shared.web.PlainErrorPage;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Payara Micro's MicroProfile Metrics endpoint ({@code /metrics}) is served inside this application's context (it is
 * deployed at the root), so this filter stands in front of it: it answers only a caller on this host (a request on
 * loopback that did not come through the proxy, see {@link ClientAddress}) or a signed-in admin. Everyone else gets
 * the not-found answer of any missing page. The shipped nginx refuses the path as well.
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class MetricsAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (onThisHost(ClientAddress.of(request)) || request.isUserInRole(Role.ADMIN.name())) {
            chain.doFilter(request, response);
            return;
        }
        PlainErrorPage.send(request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound.title",
                "error.notFound.text");
    }

    private static boolean onThisHost(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]{1,45}")) {
            return false; // only an address literal, never a name to look up
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
