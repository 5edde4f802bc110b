package org.rebuildtrust.shared.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The accessibility statement is written twice, in English and in Spanish: the two must keep the same shape (sections,
 * claims, exceptions), so that a change to one without the other fails here. And what the page shows of it can never
 * run: HTML in the file is shown as text, a script link is dropped.
 */
class AccessibilityStatementTest {

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of("docs", file), StandardCharsets.UTF_8);
    }

    private static long count(List<String> lines, String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).count();
    }

    @Test
    void theSpanishStatementHasTheShapeOfTheEnglishOne() throws IOException {
        List<String> english = lines("accessibility.md");
        List<String> spanish = lines("accessibility.es.md");
        for (String prefix : List.of("# ", "## ", "### ", "| ", "- ")) {
            assertEquals(count(english, prefix), count(spanish, prefix), () -> "lines starting with \"" + prefix + "\"");
        }
        assertEquals(count(english, "| 7 December 2026"), count(spanish, "| 7 de diciembre de 2026"),
                "the same known exceptions, with the same dates");
    }

    @Test
    void markupInTheStatementIsShownAsTextAndScriptLinksAreDropped() {
        String html = AccessibilityStatement.render("# Title\n\nSee <script>alert(1)</script> and [this](javascript:alert(2)).\n");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<h1>"), "the file's own title is the page's title, not repeated: " + html);
    }
}
