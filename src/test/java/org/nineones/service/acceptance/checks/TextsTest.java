package org.nineones.service.acceptance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;

/** The checks' sentences put together directly read exactly as {@link Messages#get} makes them. */
class TextsTest {

    private static final List<Object[]> ARGUMENTS = List.of(
            new Object[] {"生产一车间 / 甲班 · 外操工", "张三（公司领导 · 总经理）", "建立健全"},
            new Object[] {"设备部", 2026, 7},
            new Object[] {"设备部", 2026L, 12.5},
            new Object[] {12345, "x", LocalDate.of(2026, 11, 7)},
            new Object[] {null, -3, new Date(0)},
            new Object[] {2.5, 1234567, 0.125},
            new Object[] {"only one"});

    @Test
    void everyChecksSentenceWithEveryKindOfArgumentReadsAsMessageFormatMakesIt() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            Texts texts = new Texts(messages);
            List<String> keys = new ArrayList<>(ResourceBundle.getBundle("i18n/checks", locale).keySet());
            assertTrue(keys.size() > 20, "the checks' bundle: " + keys.size());
            keys.add("checks.no-such-key");
            for (String key : keys) {
                for (Object[] args : ARGUMENTS) {
                    String expected = outcome(() -> messages.get(key, args));
                    assertEquals(expected, outcome(() -> texts.get(key, args)), key + " " + Arrays.toString(args));
                    assertEquals(expected, outcome(() -> texts.get(key, args)), key + " a second time");
                }
                assertEquals(messages.get(key), texts.get(key), key + " without arguments");
            }
        }
    }

    @Test
    void aPatternWithQuotesGoesThroughMessageFormat() {
        Messages messages = new Messages(Locale.ENGLISH);
        Texts texts = new Texts(messages);
        int quoted = 0;
        for (String base : Messages.BUNDLES) {
            ResourceBundle bundle = ResourceBundle.getBundle(base, Locale.ENGLISH);
            for (String key : bundle.keySet()) {
                if (bundle.getString(key).contains("'") && bundle.getString(key).contains("{")) {
                    quoted++;
                    Object[] args = {"Tank farm", 2, "3"};
                    assertEquals(outcome(() -> messages.get(key, args)), outcome(() -> texts.get(key, args)), key);
                }
            }
        }
        assertTrue(quoted > 0, "English patterns with quotes ('' for an apostrophe)");
    }

    /** The text made, or which refusal (a text put where a number goes is refused alike). */
    private static String outcome(Supplier<String> text) {
        try {
            return text.get();
        } catch (IllegalArgumentException e) {
            return "refused: " + e.getMessage();
        }
    }
}
