package org.nineones.service.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.Messages;

/** The letters' own texts: every status and level has one in both languages. */
class LetterTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void everyStatusAndLevelHasAText(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        for (LetterStatus status : LetterStatus.values()) {
            assertFalse(messages.of(status).startsWith("!"), status.name());
        }
        for (int level = 1; level <= 5; level++) {
            assertFalse(messages.get("letters.level." + level).startsWith("!"), "level " + level);
        }
        assertFalse(messages.get("letters.tab").startsWith("!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void textsWithoutArgumentsHaveNoDoubledQuotes(String language) {
        Messages messages = new Messages(Locale.forLanguageTag(language));
        assertFalse(messages.get("letters.print.commitment").contains("''"));
        assertEquals("zh".equals(language) ? "需重签" : "Sign again", messages.of(LetterStatus.RESIGN));
    }
}
