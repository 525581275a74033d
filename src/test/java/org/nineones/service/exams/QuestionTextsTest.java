package org.nineones.service.exams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.exams.ExamQuestion;
import org.nineones.store.Workspace;

/** The wording of generated questions comes from the texts file, and does not follow the interface language. */
class QuestionTextsTest {

    @TempDir
    Path dir;

    @Test
    void everyStemIsMadeFromTheTextsFile() throws Exception {
        QuestionTexts texts = QuestionTexts.defaults();
        ExamWorkspaces.Seeded s = ExamWorkspaces.create(dir.resolve("考试").resolve("一.nineones"));
        try (Workspace ws = s.workspace()) {
            ExamService exams = new ExamService(ExamWorkspaces.MESSAGES);
            exams.generate(ws, s.electrician());
            List<ExamQuestion> bank = exams.questions(ws, s.electrician());
            String post = ws.read(st -> st.posts().find(s.electrician()).orElseThrow().name());
            Set<String> stems = bank.stream().map(ExamQuestion::stem).collect(Collectors.toSet());
            assertTrue(stems.contains(texts.get("choice.duty", post)), stems.toString());
            assertTrue(stems.contains(texts.get("choice.forbidden", post)), stems.toString());
            String dutyPrefix = texts.get("duty.prefix", post);
            String procedurePrefix = texts.get("procedure.prefix", post);
            assertTrue(bank.stream().filter(q -> q.kind() == org.nineones.model.exams.QuestionKind.TRUE_FALSE)
                    .allMatch(q -> q.stem().startsWith(dutyPrefix) || q.stem().startsWith(procedurePrefix)));
            assertEquals(List.of("作业前", "作业中", "作业后"), texts.list("stages"));

            // the English interface makes the very same questions: they are content, not interface text
            ExamService english = new ExamService(new Messages(Locale.ENGLISH));
            assertEquals(0, english.generate(ws, s.electrician()).added(), "nothing new when made again in English");
        }
    }

    @Test
    void negationsAreReadAsPairs() {
        List<String[]> negations = QuestionTexts.defaults().pairs("negations");
        assertEquals("不得", negations.get(0)[0]);
        assertEquals("可以", negations.get(0)[1]);
        assertEquals(12, negations.size());
    }
}
