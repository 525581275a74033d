package org.nineones.pack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;

class PackageMessagesTest {

    @Test
    void everyProblemAndFailureHasASentenceInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (PackageProblem.Kind kind : PackageProblem.Kind.values()) {
                String text = PackageProblem.of(kind, "cards.pdf", "12", "13").describe(messages);
                assertFalse(text.startsWith("!") || text.contains("{") || text.contains("'"), locale + " " + kind + ": " + text);
            }
            for (PackageException.Reason reason : PackageException.Reason.values()) {
                String text = messages.get("PackageException.Reason." + reason.name(), "D:\\资料\\包.zip");
                assertTrue(text.contains("D:\\资料\\包.zip") && !text.contains("{"), locale + " " + reason + ": " + text);
            }
        }
    }
}
