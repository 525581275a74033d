package org.nineones.model.exams;

/** Where a question of the bank comes from: made from the post's content, or written by hand. */
public enum QuestionOrigin { GENERATED, MANUAL }
