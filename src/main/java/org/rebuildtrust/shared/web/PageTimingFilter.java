package org.rebuildtrust.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;
import org.omnifaces.util.Servlets;

import java.io.IOException;
import java.time.Duration;

/**
 * How many requests each page answers and how long they take, as the application metric rebuild_page_requests (a
 * timer per page and method: its count over time is the request rate, its quantiles the latency), read from /metrics
 * on the host (see MetricsAccessFilter). The page is its path, never its query (ids stay out of metrics); a path that
 * is no page of the application counts as "not-found", so made-up addresses cannot grow the list of metrics.
 */
@WebFilter(urlPatterns = "*.xhtml", asyncSupported = true)
public class PageTimingFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String METRIC = "rebuild_page_requests";

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    transient MetricRegistry metrics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Servlets.isFacesResourceRequest(request)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getServletPath();
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            String page = status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_FORBIDDEN
                    || path.length() > 100 ? "not-found" : path;
            String method = switch (request.getMethod()) {
                case "GET", "POST", "HEAD" -> request.getMethod();
                default -> "OTHER";
            };
            metrics.timer(METRIC, new Tag("page", page), new Tag("method", method))
                    .update(Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
