package org.rebuildtrust.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.rebuildtrust.shared.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The accessibility statement as a page (accessibility.xhtml, linked from every page's footer): the very files
 * docs/accessibility.md and its Spanish version docs/accessibility.es.md, copied into the application by the build and
 * turned into HTML here, so the page can never say something else than the statement. Its first heading is the
 * page's own title, so it is left out; HTML written in the file is shown as text, not obeyed, and links other than web and mail addresses are dropped.
 */
@Named
@ApplicationScoped
public class AccessibilityStatement {

    private static final String FOLDER = "/org/rebuildtrust/statement/";

    private final Map<Language, String> html = new ConcurrentHashMap<>();

    /** The statement in the page's language. */
    public String getHtml() {
        return html.computeIfAbsent(language(), language -> render(read(source(language))));
    }

    /** The language the statement is shown in, for the page's lang attribute. */
    public String getTag() {
        return language().getTag();
    }

    static String source(Language language) {
        return FOLDER + (language == Language.ENGLISH ? "accessibility.md" : "accessibility." + language.getTag() + ".md");
    }

    private static Language language() {
        return Language.ofOrEnglish(Messages.locale());
    }

    static String render(String markdown) {
        List<org.commonmark.Extension> extensions = List.of(TablesExtension.create());
        Node document = Parser.builder().extensions(extensions).build().parse(markdown);
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            first.unlink();
        }
        return HtmlRenderer.builder().extensions(extensions).escapeHtml(true).sanitizeUrls(true).build().render(document);
    }

    static String read(String source) {
        try (InputStream in = AccessibilityStatement.class.getResourceAsStream(source)) {
            if (in == null) {
                throw new IllegalStateException("The build did not copy the statement from docs/ to " + source);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
