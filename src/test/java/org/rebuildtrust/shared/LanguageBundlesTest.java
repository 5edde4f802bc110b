package org.rebuildtrust.shared;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every language has every word: a key in one bundle and not in the other would show a partner English (or a missing
 * key) in the middle of a Spanish page. Arguments must match too, or a message would lose a name or a number.
 */
class LanguageBundlesTest {

    private static final Path I18N = Path.of("src/main/resources/org/rebuildtrust/i18n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?");

    static Properties load(String file) throws IOException {
        return load(I18N.resolve(file));
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> onlyIn(Properties one, Properties other) {
        Set<String> keys = new TreeSet<>(one.stringPropertyNames());
        keys.removeAll(other.stringPropertyNames());
        return keys;
    }

    private static void sameKeys(Properties english, Properties spanish) {
        assertEquals(Set.of(), onlyIn(english, spanish), "keys with no Spanish words");
        assertEquals(Set.of(), onlyIn(spanish, english), "Spanish keys that English lacks");
    }

    @Test
    void theEnglishAndSpanishMessagesHaveTheSameKeys() throws IOException {
        sameKeys(load("messages.properties"), load("messages_es.properties"));
    }

    @Test
    void theEnglishAndSpanishValidationMessagesHaveTheSameKeys() throws IOException {
        sameKeys(load(Path.of("src/main/resources/ValidationMessages.properties")),
                load(Path.of("src/main/resources/ValidationMessages_es.properties")));
    }

    @Test
    void theBuiltInTemplatesHaveTheSameKeysInEnglishAndSpanish() throws IOException {
        Properties english = load("builtin.properties");
        Properties spanish = load("builtin_es.properties");
        sameKeys(english, spanish);
        Map<String, String> optionCounts = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            if (key.endsWith(".options")) {
                int inEnglish = english.getProperty(key).split("\\|").length;
                int inSpanish = spanish.getProperty(key).split("\\|").length;
                if (inEnglish != inSpanish) {
                    optionCounts.put(key, inEnglish + " in English, " + inSpanish + " in Spanish");
                }
            }
        }
        assertEquals(Map.of(), optionCounts, "a checklist's options are matched by their place");
    }

    @Test
    void eachSpanishMessageHasTheArgumentsOfTheEnglishOneAndIsAValidPattern() throws IOException {
        Properties english = load("messages.properties");
        Properties spanish = load("messages_es.properties");
        Map<String, String> wrong = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String englishValue = english.getProperty(key);
            String spanishValue = spanish.getProperty(key);
            if (spanishValue == null) {
                continue; // the test above names it
            }
            if (!arguments(englishValue).equals(arguments(spanishValue))) {
                wrong.put(key, arguments(englishValue) + " became " + arguments(spanishValue));
                continue;
            }
            if (spanishValue.contains("{")) {
                try {
                    new MessageFormat(spanishValue, Locale.forLanguageTag("es")).format(new Object[]{1, 2, 3, 4, 5});
                } catch (IllegalArgumentException broken) {
                    wrong.put(key, "not a valid pattern: " + broken.getMessage());
                }
            }
        }
        assertEquals(Map.of(), wrong);
    }

    private static Set<String> arguments(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1) + (matcher.group(2) == null ? "" : "," + matcher.group(2)));
        }
        return found;
    }
}
