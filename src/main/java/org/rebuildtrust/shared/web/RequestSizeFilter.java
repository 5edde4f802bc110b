package org.rebuildtrust.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Logger;

/**
 * A request body over {@value #MAX_BYTES} bytes is refused with 413 and a page saying so, before anything reads it:
 * the largest form (a template with every prompt at its longest) is well under it, and the container would otherwise
 * drop the parameters of a larger one and leave the page to fail. A body of unknown length (chunked) is refused with
 * 411: browsers always send the length of a form.
 */
public class RequestSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RequestSizeFilter.class.getName());
    /** The same as Payara's own limit on form bodies (http listener max-post-size-bytes, 2 MiB). */
    static final long MAX_BYTES = 2L * 1024 * 1024;
    private static final long DRAIN_BYTES = 10L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long length = request.getContentLengthLong();
        if (length > MAX_BYTES) {
            LOG.info(() -> "Refused a request body of " + length + " bytes");
            response.setHeader("Connection", "close");
            discardUpTo(request, DRAIN_BYTES);
            PlainErrorPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "error.tooLarge.title", "error.tooLarge.text");
            return;
        }
        String encoding = request.getHeader("Transfer-Encoding");
        if (length < 0 && encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")) {
            LOG.info("Refused a request body of unknown length");
            response.setHeader("Connection", "close");
            PlainErrorPage.send(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "error.refused.title",
                    "error.refused.text");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Reads and drops up to so many bytes of the body: a client (a browser, nginx) sends the whole body before it reads
     * the answer, and would wait for ever for a server that reads nothing. Beyond that the connection is simply closed
     * (nginx in front refuses bodies over 10 MB itself).
     */
    private static void discardUpTo(HttpServletRequest request, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long read = 0;
        var in = request.getInputStream();
        while (read < limit) {
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            read += n;
        }
    }
}
