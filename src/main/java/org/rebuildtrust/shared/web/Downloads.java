package org.rebuildtrust.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import org.omnifaces.util.Faces;

/** Files the application hands out (reports, exports): attachments that no browser or proxy may keep a copy of. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(byte[] content, String fileName) {
        HttpServletResponse response = (HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse();
        response.setHeader("Cache-Control", "no-store");
        Faces.sendFile(content, fileName, true);
    }
}
