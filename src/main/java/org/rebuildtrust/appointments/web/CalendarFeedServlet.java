package org.rebuildtrust.appointments.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rebuildtrust.appointments.CalendarFeedService;

import java.io.IOException;
import java.util.Optional;

/**
 * A therapist's calendar feed at /calendar/feed/&lt;token&gt;.ics, for calendar applications (which cannot sign in).
 * The token is the only key: a wrong, revoked or replaced one is answered 404 like any unknown address. No session is
 * made, and no copy may be kept by a proxy.
 */
@WebServlet(urlPatterns = "/calendar/feed/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String token = path == null ? null : path.replaceFirst("^/", "").replaceFirst("\\.ics$", "");
        Optional<byte[]> feed = feeds.feed(token);
        response.setHeader("Cache-Control", "no-store");
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"rebuild-calendar.ics\"");
        response.setContentLength(feed.get().length);
        response.getOutputStream().write(feed.get());
    }
}
