package org.nineones.service.exams;

import java.util.List;

import org.nineones.model.exams.QuestionKind;

/** A question as written by hand, before it is checked: options without letters, the answer as typed. */
public record QuestionDraft(QuestionKind kind, String stem, List<String> options, String answer) {

    public QuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
        stem = stem == null ? "" : stem.strip();
        answer = answer == null ? "" : answer.strip();
    }
}
