package org.rebuildtrust.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

import java.io.IOException;

/**
 * PrimeFaces' message list, as a list that assistive technology reads as one: PrimeFaces gives each list item
 * {@code role="alert"}, which makes it no list item any more, and its list a list of nothing (axe's "list" rule, WCAG
 * 1.3.1). The items are plain list items here; the messages box around them already announces what appears in it
 * ({@code aria-live}).
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String severity,
                                 boolean escape) throws IOException {
        super.encodeMessage(new ResponseWriterWrapper(writer) {
            private String element;

            @Override
            public void startElement(String name, jakarta.faces.component.UIComponent component) throws IOException {
                element = name;
                super.startElement(name, component);
            }

            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!("li".equals(element) && "role".equals(name))) {
                    super.writeAttribute(name, value, property);
                }
            }
        }, messages, message, severity, escape);
    }
}
