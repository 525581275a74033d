package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.exams.Exam;
import org.nineones.model.exams.ExamResult;
import org.nineones.store.ExamRepository;

/**
 * Item 6, the automatic half: an exam held in the 12 months ending on the day (held on a day after the day a year
 * before, and not after the day) with at least one result in force. Without one: a single finding, pointing at the
 * exams. Results are taken as their chains of corrections stand now (a result recorded later for an exam held in the
 * window counts: the exam was held).
 */
final class ExamCheck implements RecordCheck {

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.NO_EXAM_IN_12_MONTHS);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        LocalDate from = day.asOf().minusYears(1);
        boolean held = day.workspace().read(store -> {
            Set<Long> withResults = new HashSet<>();
            for (ExamResult r : ExamRepository.inForce(store.exams().allResultRows())) {
                withResults.add(r.examId());
            }
            for (Exam exam : store.exams().allExams()) {
                if (exam.heldOn().isAfter(from) && !exam.heldOn().isAfter(day.asOf())
                        && withResults.contains(exam.id())) {
                    return true;
                }
            }
            return false;
        });
        if (!held) {
            out.add(FindingKinds.NO_EXAM_IN_12_MONTHS, new Target(TargetKind.EXAMS, "",
                    out.texts().get("checks.label.exams")), from.plusDays(1).toString(), day.asOf().toString());
        }
    }
}
