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
 * A year of training for the sample enterprise, as a high-risk plant's rules ask (72 hours of induction at three
 * levels, 20 hours of retraining a year): the three induction levels, the annual retraining and a fire drill, with
 * a few people (one in {@value #ABSENT_EVERY} for the team level, another one for the retraining) absent, so the
 * compliance view and the readiness view have a few people to show.
 */
public final class TrainingSample {

    /** One person in this many missed the team-level induction, and another one in this many the retraining. */
    static final int ABSENT_EVERY = 50;

    private TrainingSample() {
    }

    /** Adds the sessions and sign-ins in one transaction; returns the number of sign-ins. */
    public static int add(Workspace workspace, LocalDate today) {
        return workspace.write(store -> {
            List<Trainee> people = store.training().trainees().stream()
                    .filter(t -> t.status() == EmployeeStatus.ACTIVE).toList();
            // skipped: the i-th person is absent when i % every == at; every == 0: nobody is
            record Plan(int daysAgo, double hours, String topic, TrainingKind kind, String content, int every,
                        int at) {
            }
            // a high-risk plant: 72 hours of induction (24 at each level) and 20 hours of retraining a year
            List<Plan> plans = List.of(
                    new Plan(400, 24, "新员工厂级安全教育", TrainingKind.INDUCTION_COMPANY,
                            "安全生产法律法规、本单位安全生产规章制度、事故案例", 0, 0),
                    new Plan(397, 24, "车间级安全教育", TrainingKind.INDUCTION_WORKSHOP,
                            "车间危险源、安全操作规程、劳动防护用品", 0, 0),
                    new Plan(394, 24, "班组级安全教育", TrainingKind.INDUCTION_TEAM, "岗位操作规程、应急处置",
                            ABSENT_EVERY, 2),
                    new Plan(60, 16, "年度安全生产再培训", TrainingKind.ANNUAL, "新修订法规、本年度事故教训",
                            ABSENT_EVERY, 13),
                    new Plan(20, 4, "消防应急演练", TrainingKind.DRILL, "灭火器使用、疏散", 0, 0));
            int count = 0;
            for (Plan p : plans) {
                TrainingSession s = store.training().insertSession(new TrainingSession(null,
                        today.minusDays(p.daysAgo()), p.hours(), p.topic(), p.kind(), p.content(), "安全管理部",
                        "公司培训室", null));
                List<AttendanceEntry> entries = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    if (p.every() == 0 || i % p.every() != p.at()) {
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
