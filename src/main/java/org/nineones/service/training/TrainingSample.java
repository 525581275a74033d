package org.nineones.service.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.training.AttendanceEntry;
import org.nineones.model.training.Trainee;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.store.Workspace;

/**
 * A year of training for the sample enterprise: the three induction levels, the annual retraining and a fire drill,
 * with some people missing some of them, so the compliance view has something to show.
 */
public final class TrainingSample {

    private TrainingSample() {
    }

    /** Adds the sessions and sign-ins in one transaction; returns the number of sign-ins. */
    public static int add(Workspace workspace, LocalDate today) {
        return workspace.write(store -> {
            List<Trainee> people = store.training().trainees().stream()
                    .filter(t -> t.status() == EmployeeStatus.ACTIVE).toList();
            record Plan(int daysAgo, double hours, String topic, TrainingKind kind, String content, int skipEvery) {
            }
            List<Plan> plans = List.of(
                    new Plan(400, 8, "新员工厂级安全教育", TrainingKind.INDUCTION_COMPANY,
                            "安全生产法律法规、本单位安全生产规章制度、事故案例", 0),
                    new Plan(399, 8, "车间级安全教育", TrainingKind.INDUCTION_WORKSHOP,
                            "车间危险源、安全操作规程、劳动防护用品", 7),
                    new Plan(398, 8, "班组级安全教育", TrainingKind.INDUCTION_TEAM, "岗位操作规程、应急处置", 5),
                    new Plan(60, 8, "年度安全生产再培训", TrainingKind.ANNUAL, "新修订法规、本年度事故教训", 2),
                    new Plan(20, 2, "消防应急演练", TrainingKind.DRILL, "灭火器使用、疏散", 0));
            int count = 0;
            for (Plan p : plans) {
                TrainingSession s = store.training().insertSession(new TrainingSession(null,
                        today.minusDays(p.daysAgo()), p.hours(), p.topic(), p.kind(), p.content(), "安全管理部",
                        "公司培训室", null));
                List<AttendanceEntry> entries = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    if (p.skipEvery() == 0 || i % p.skipEvery() != 0) {
                        entries.add(new AttendanceEntry(s.id(), people.get(i).id(), p.hours(), null, null));
                    }
                }
                store.training().insertAttendance(entries);
                count += entries.size();
            }
            store.audit().record("sample", TrainingService.SESSION, null, "training of the sample: " + plans.size()
                    + " sessions, " + count + " sign-ins");
            return count;
        });
    }
}
