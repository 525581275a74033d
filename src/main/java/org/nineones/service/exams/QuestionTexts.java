package org.nineones.service.exams;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The wording of generated questions, from {@code /exams/question-texts.properties}: data, not code. The questions
 * are content (Chinese, like the duty lists they come from) whatever the interface language, so making them again
 * gives the same questions.
 */
final class QuestionTexts {

    static final String RESOURCE = "/exams/question-texts.properties";
    private static final QuestionTexts DEFAULT = load();

    private final Properties texts;

    private QuestionTexts(Properties texts) {
        this.texts = texts;
    }

    static QuestionTexts defaults() {
        return DEFAULT;
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments, as they are. */
    String get(String key, String... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException(RESOURCE + " has no text for " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", args[i]);
        }
        return text;
    }

    /** A list kept as {@code a|b|c}. */
    List<String> list(String key) {
        return List.of(get(key).split("\\|"));
    }

    /** Pairs kept as {@code word=opposite|word=opposite}. */
    List<String[]> pairs(String key) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : list(key)) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ": " + key + " has a pair that is not word=opposite: " + pair);
            }
            pairs.add(parts);
        }
        return List.copyOf(pairs);
    }

    private static QuestionTexts load() {
        Properties p = new Properties();
        try (InputStream in = QuestionTexts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QuestionTexts(p);
    }
}
