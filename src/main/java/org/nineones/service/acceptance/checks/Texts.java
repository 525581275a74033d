package org.nineones.service.acceptance.checks;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

import org.nineones.model.Messages;

/**
 * The bundle's texts for one run of the checks, each key looked up and its pattern parsed once: a big workspace
 * makes thousands of findings from a dozen sentences. Same results as {@link Messages#get}.
 */
final class Texts {

    /** A key the bundles do not have: {@link Messages#get} shows it as {@code !key!}. */
    private static final MessageFormat MISSING = new MessageFormat("");
    private static final int CAPACITY = 160;

    private final Messages messages;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    Texts(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        if (args.length == 0) {
            return messages.get(key);
        }
        MessageFormat format = formats.computeIfAbsent(key,
                k -> messages.has(k) ? new MessageFormat(messages.get(k), messages.locale()) : MISSING);
        if (format == MISSING) {
            return messages.get(key, args);
        }
        // room for a sentence from the start: growing the buffer was a third of what the checks allocated
        return format.format(args, new StringBuffer(CAPACITY), null).toString();
    }

    String of(Enum<?> value) {
        return messages.of(value);
    }
}
