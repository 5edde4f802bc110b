package org.rebuildtrust.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The review page's preparation note form, as a bare HTTP client reads and posts it (a full-page POST). */
final class PrepNoteForm {

    private static final Pattern PREP_NOTE = Pattern.compile("<textarea[^>]*id=\"prepNoteForm:prepNote\"[^>]*>([^<]*)</textarea>");

    private PrepNoteForm() {
    }

    /** The note as the review page shows it in its box (HTML-escaped as written into the page). */
    static String noteOn(String reviewPage) {
        Matcher matcher = PREP_NOTE.matcher(reviewPage);
        assertTrue(matcher.find(), "the review page has the note box");
        return matcher.group(1);
    }

    /** The fields of "Save note" with this text, and the view state and nonce when given (null: left out). */
    static Map<String, String> save(String text, String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("prepNoteForm", "prepNoteForm");
        form.put("prepNoteForm:prepNote", text);
        form.put("prepNoteForm:savePrepNote", "");
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return form;
    }

    /** "Save note" as the page's script sends it (an AJAX POST), with the view state and nonce when given. */
    static Map<String, String> saveByAjax(String text, String viewState, String nonce) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "prepNoteForm:savePrepNote");
        form.put("jakarta.faces.partial.execute", "prepNoteForm");
        form.put("jakarta.faces.partial.render", "prepNoteForm");
        form.put("prepNoteForm:savePrepNote", "prepNoteForm:savePrepNote");
        form.put("prepNoteForm", "prepNoteForm");
        form.put("prepNoteForm:prepNote", text);
        if (viewState != null) {
            form.put("jakarta.faces.ViewState", viewState);
        }
        if (nonce != null) {
            form.put("primefaces.nonce", nonce);
        }
        return form;
    }
}
