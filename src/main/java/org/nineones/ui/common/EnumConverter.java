package org.nineones.ui.common;

import java.util.Arrays;

import javafx.util.StringConverter;

import org.nineones.model.Messages;

/** Shows enum constants by their bundle text (e.g. {@code RiskLevel.MAJOR} → 重大风险) in combo boxes. */
public final class EnumConverter<E extends Enum<E>> extends StringConverter<E> {

    private final Messages messages;
    private final Class<E> type;

    public EnumConverter(Messages messages, Class<E> type) {
        this.messages = messages;
        this.type = type;
    }

    @Override
    public String toString(E value) {
        return value == null ? "" : messages.of(value);
    }

    @Override
    public E fromString(String text) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> messages.of(e).equals(text)).findFirst().orElse(null);
    }
}
