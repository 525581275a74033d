package org.nineones.service.acceptance.checks;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.Messages;

/**
 * The bundle's texts for one run of the checks, each key looked up and its pattern read once: a big workspace makes
 * thousands of findings from a dozen sentences. Same results as {@link Messages#get}. The checks' sentences have
 * only {@code {0}} for texts and {@code {0,number,#}} for whole numbers: those are put together directly (a
 * {@link MessageFormat} builds its text in a growing buffer, which was most of what the checks allocated); any
 * other pattern or argument goes through {@link MessageFormat}. One run of one lane: not for two threads.
 */
final class Texts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,number,#)?}");

    private final Messages messages;
    private final Map<String, Sentence> sentences = new HashMap<>();

    Texts(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        if (args.length == 0) {
            return messages.get(key);
        }
        Sentence sentence = sentences.computeIfAbsent(key, this::sentence);
        String text = sentence.format(args);
        return text != null ? text : sentence.slow().format(args);
    }

    String of(Enum<?> value) {
        return messages.of(value);
    }

    private Sentence sentence(String key) {
        if (!messages.has(key)) {
            return new Sentence(new String[] {messages.get(key)}, new int[0], new boolean[0], null); // !key!
        }
        String pattern = messages.get(key);
        MessageFormat slow = new MessageFormat(pattern, messages.locale());
        if (pattern.indexOf('\'') >= 0) {
            return new Sentence(null, null, null, slow);
        }
        List<String> literals = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        List<Boolean> numbers = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        int from = 0;
        while (m.find()) {
            literals.add(pattern.substring(from, m.start()));
            indexes.add(Integer.parseInt(m.group(1)));
            numbers.add(m.group(2) != null);
            from = m.end();
        }
        String rest = pattern.substring(from);
        if (rest.indexOf('{') >= 0 || literals.stream().anyMatch(l -> l.indexOf('{') >= 0 || l.indexOf('}') >= 0)
                || rest.indexOf('}') >= 0) {
            return new Sentence(null, null, null, slow); // a placeholder of another form
        }
        literals.add(rest);
        int[] index = indexes.stream().mapToInt(Integer::intValue).toArray();
        boolean[] number = new boolean[numbers.size()];
        for (int i = 0; i < number.length; i++) {
            number[i] = numbers.get(i);
        }
        return new Sentence(literals.toArray(String[]::new), index, number, slow);
    }

    /** A pattern read once: its literal parts around the placeholders, or only its {@link MessageFormat}. */
    private record Sentence(String[] literals, int[] index, boolean[] number, MessageFormat slow) {

        /** The text, or null when an argument needs {@link MessageFormat} (a date, a number in {@code {0}}…). */
        String format(Object[] args) {
            if (literals == null) {
                return null;
            }
            String[] parts = new String[literals.length + index.length];
            for (int i = 0; i < index.length; i++) {
                if (index[i] >= args.length) {
                    return null;
                }
                Object arg = args[index[i]];
                String text;
                if (number[i]) {
                    if (!(arg instanceof Integer || arg instanceof Long || arg instanceof Short || arg instanceof Byte)) {
                        return null;
                    }
                    text = Long.toString(((Number) arg).longValue());
                } else if (arg instanceof Number || arg instanceof java.util.Date) {
                    return null;
                } else {
                    text = String.valueOf(arg);
                }
                parts[2 * i] = literals[i];
                parts[2 * i + 1] = text;
            }
            parts[parts.length - 1] = literals[literals.length - 1];
            return String.join("", parts);
        }
    }
}
