package org.rebuildtrust.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The accessibility statement as a page (accessibility.xhtml, linked from every page's footer): the very file
 * docs/accessibility.md, copied into the application by the build and turned into HTML here, so the statement is
 * written once and the page can never say something else. Its first heading is the page's own title, so it is left
 * out; HTML written in the file is shown as text, not obeyed.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    static final String SOURCE = "/org/rebuildtrust/statement/accessibility.md";

    private volatile String html;

    public String getHtml() {
        if (html == null) {
            html = render(read());
        }
        return html;
    }

    static String render(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            first.unlink();
        }
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build().render(document);
    }

    private static String read() {
        try (InputStream in = AccessibilityStatement.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The build did not copy docs/accessibility.md to " + SOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
