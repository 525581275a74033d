package org.nineones.ui.common;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.ResourceBundle;
import java.util.Set;

import org.nineones.model.Messages;

/** Lets FXML's {@code %key} lookups read the same texts as the rest of the application. */
final class MessagesResourceBundle extends ResourceBundle {

    private final Messages messages;

    MessagesResourceBundle(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected Object handleGetObject(String key) {
        return messages.has(key) ? messages.get(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        Set<String> keys = new LinkedHashSet<>();
        messages.bundles().forEach(b -> keys.addAll(b.keySet()));
        return Collections.enumeration(keys);
    }
}
