package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShownRowsTest {

    /** Rows of a sorted list, as one search after another keeps them: the same objects, in the same order. */
    private static final List<String> ALL = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "abcdefgh, abc", // a narrower search keeps the start
            "abc, abcdefgh", // a wider one adds at the end
            "abcdefgh, cdh", // nothing in common at the start
            "ce, abcdefgh", "ab, ab", "abd, abe", "b, h", "abcdefgh, h"})
    void endsWithTheNewRowsWithoutAChangeThatReplacesOrEmptiesTheTable(String before, String after) {
        ObservableList<String> shown = FXCollections.observableArrayList(rows(before));
        List<String> changes = new ArrayList<>();
        shown.addListener((ListChangeListener<String>) c -> {
            int known = c.getList().size() - addedSize(c) + removedSize(c);
            c.reset();
            while (c.next()) {
                changes.add(c.wasReplaced() ? "replaced" : c.getRemovedSize() == known && known > 0 ? "emptied" : "edit");
            }
        });

        ShownRows.replace(shown, rows(after));

        assertEquals(rows(after), shown);
        if (before.length() > 1) {
            assertFalse(changes.contains("replaced") || changes.contains("emptied"), changes.toString());
        }
        if (before.equals(after)) {
            assertTrue(changes.isEmpty(), changes.toString());
        }
    }

    @ParameterizedTest(name = "{0} → nothing, and back")
    @CsvSource({"abc", "a"})
    void goesToNoRowsAndBack(String before) {
        ObservableList<String> shown = FXCollections.observableArrayList(rows(before));
        ShownRows.replace(shown, List.of());
        assertTrue(shown.isEmpty());
        ShownRows.replace(shown, rows(before));
        assertEquals(rows(before), shown);
    }

    private static List<String> rows(String letters) {
        List<String> rows = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            rows.add(ALL.get(c - 'a'));
        }
        return rows;
    }

    private static int addedSize(ListChangeListener.Change<? extends String> c) {
        int n = 0;
        while (c.next()) {
            n += c.getAddedSize();
        }
        c.reset();
        return n;
    }

    private static int removedSize(ListChangeListener.Change<? extends String> c) {
        int n = 0;
        while (c.next()) {
            n += c.getRemovedSize();
        }
        c.reset();
        return n;
    }
}
