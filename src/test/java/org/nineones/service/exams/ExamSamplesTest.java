package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.exams.ExamResult;
import org.nineones.model.exams.QuestionKind;
import org.nineones.model.exams.QuestionOrigin;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;
import org.nineones.service.sample.SampleCopy;

class ExamSamplesTest {

    @TempDir
    Path dir;

    @Test
    void theSampleEnterpriseHasExamsResultsAndACorrection() throws Exception {
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(dir.resolve("示例"));
        try (Workspace ws = ExamWorkspaces.services(dir.resolve("设置")).sample().openSample(dir.resolve("示例"),
                Progress.NONE)) {
            List<ExamResult> rows = ws.read(s -> s.exams().allResultRows());
            assertEquals(2, ws.read(s -> s.exams().allExams()).size());
            assertTrue(rows.size() >= 5, "results: " + rows.size());
            assertEquals(1, rows.stream().filter(r -> r.correctsId() != null).count());
            assertTrue(rows.stream().anyMatch(r -> !r.passed()));
        }
    }

    @Test
    void everyKindAndOriginHasATextInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Messages messages = new Messages(locale);
            for (Enum<?> value : List.<Enum<?>>of(QuestionKind.TRUE_FALSE, QuestionKind.SINGLE_CHOICE,
                    QuestionKind.FILL_BLANK, QuestionOrigin.GENERATED, QuestionOrigin.MANUAL)) {
                assertFalse(messages.of(value).startsWith("!"), locale + " " + value);
            }
            assertFalse(messages.get("exams.ui.tab").startsWith("!"));
        }
        assertEquals("判断题", new Messages(Locale.SIMPLIFIED_CHINESE).of(QuestionKind.TRUE_FALSE));
    }
}
