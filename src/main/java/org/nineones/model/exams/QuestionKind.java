package org.nineones.model.exams;

/** The kinds of exam question, in the order a paper's sections are printed. */
public enum QuestionKind { TRUE_FALSE, SINGLE_CHOICE, FILL_BLANK }
