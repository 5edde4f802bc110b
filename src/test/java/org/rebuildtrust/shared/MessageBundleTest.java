package org.rebuildtrust.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every message key the code or the pages name exists in the one bundle, and no key is defined twice: a missing key
 * would turn a refusal into an error page, and a duplicate silently shows the wrong words.
 */
class MessageBundleTest {

    private static final Path BUNDLE = Path.of("src/main/resources/org/rebuildtrust/i18n/messages.properties");
    /** Keys passed to the message helpers and to business-rule refusals in Java code. */
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:BusinessRuleException|words\\.get|Messages\\.(?:info|error|infoAfterRedirect|text))\\(\\s*\"([a-zA-Z]+\\.[a-zA-Z.]*[a-zA-Z])\"");
    /** Answer-check problems are keys too. */
    private static final Pattern ANSWER_KEY = Pattern.compile("\"(answer\\.[a-zA-Z]+)\"");
    /** Literal keys in pages: msg['some.key']. */
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z.]+[a-zA-Z])'\\]");

    private static Properties bundle() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLE)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.ISO_8859_1));
        }
        return properties;
    }

    private static Set<String> keysIn(Path root, String suffix, List<Pattern> patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern pattern : patterns) {
                    Matcher matcher = pattern.matcher(text);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheCodeAndThePagesNameIsInTheBundle() throws IOException {
        Properties bundle = bundle();
        Set<String> named = new TreeSet<>();
        named.addAll(keysIn(Path.of("src/main/java"), ".java", List.of(JAVA_KEY, ANSWER_KEY)));
        named.addAll(keysIn(Path.of("src/main/webapp"), ".xhtml", List.of(PAGE_KEY)));
        Set<String> missing = new TreeSet<>(named);
        missing.removeIf(bundle::containsKey);
        assertEquals(Set.of(), missing);
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).trim();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(Set.of(), twice);
    }
}
