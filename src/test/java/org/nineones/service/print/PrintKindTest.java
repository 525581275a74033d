package org.nineones.service.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nineones.model.Messages;

class PrintKindTest {

    @ParameterizedTest
    @EnumSource(PrintKind.class)
    void everyKindHasANameInBothLanguagesAndOnTheCommandLine(PrintKind kind) {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            assertFalse(new Messages(locale).of(kind).startsWith("!"), kind + " in " + locale);
        }
        assertEquals(Optional.of(kind), PrintKind.fromCliName(kind.cliName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Register", "risk_cards", "book"})
    void knowsNoOtherNames(String name) {
        assertEquals(Optional.empty(), PrintKind.fromCliName(name));
    }
}
