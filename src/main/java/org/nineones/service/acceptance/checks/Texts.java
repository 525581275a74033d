package org.nineones.service.acceptance.checks;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Map;

import org.nineones.model.Messages;

/**
 * The bundle's texts for one run of the checks, each pattern parsed once: a big workspace makes thousands of
 * findings from a dozen sentences. Same results as {@link Messages#get}; one run, one thread.
 */
final class Texts {

    private final Messages messages;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    Texts(Messages messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        if (args.length == 0 || !messages.has(key)) {
            return messages.get(key, args);
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(messages.get(k), messages.locale())).format(args);
    }

    String of(Enum<?> value) {
        return messages.of(value);
    }
}
