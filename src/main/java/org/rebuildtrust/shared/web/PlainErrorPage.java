package org.rebuildtrust.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rebuildtrust.shared.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A refusal answered before JSF runs (a forged POST, a body over the limit): a small page of static text from the
 * bundle, with no script and nothing of the request in it. JSF cannot draw these: it would first read the request it
 * is refusing.
 */
public final class PlainErrorPage {

    private PlainErrorPage() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String titleKey,
                            String textKey) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Locale language = org.rebuildtrust.shared.Language.ofOrEnglish(request.getLocale()).locale();
        Texts texts = Texts.in(language);
        String page = "<!DOCTYPE html>\n<html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(texts.get(titleKey)) + "</title></head><body><main id=\"refused\">"
                + "<h1>" + escape(texts.get(titleKey)) + "</h1><p>" + escape(texts.get(textKey)) + "</p>"
                + "<p><a href=\"" + escape(request.getContextPath()) + "/\">" + escape(texts.get("error.backHome"))
                + "</a></p></main></body></html>\n";
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        response.resetBuffer(); // the security headers set so far stay
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
