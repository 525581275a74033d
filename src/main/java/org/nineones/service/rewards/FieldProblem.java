package org.nineones.service.rewards;

/** What is wrong with one field of an entry: a sentence for the user that says what to do. */
public record FieldProblem(EntryField field, String message) {
}
