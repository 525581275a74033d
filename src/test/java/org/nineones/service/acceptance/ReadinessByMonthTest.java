package org.nineones.service.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.training.TrainingWorkspaces;
import org.nineones.store.Workspace;

/**
 * The score by month is computed for each month's last day from the records as they were, from the month of the
 * first record to today's, nothing stored; at most the months asked for; cancellable.
 */
class ReadinessByMonthTest {

    @TempDir
    Path dir;

    @Test
    void eachMonthIsScoredOnItsLastDayFromTheFirstRecordToToday() throws Exception {
        Services services = new Services(new Settings(dir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
        LocalDate today = LocalDate.now();
        LocalDate early = today.minusMonths(3).withDayOfMonth(5);
        Path photo = Files.write(dir.resolve("会议.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0});
        ChecklistTemplate template = services.checklists().defaultTemplate();
        try (Workspace ws = TrainingWorkspaces.create(dir.resolve("月度.nineones"), false)) {
            TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
            // the operator's duty list is approved today: the months before did not have it
            services.content().saveDraft(ws, ids.operatorPost(), new DutyList(List.of(new DutyItem("",
                    "严格执行本岗位安全操作规程", "本岗位", "本岗位作业区域", "违反一次扣2分", "", null))));
            services.content().approve(ws, ids.operatorPost(), ContentKind.DUTY_LIST, "张总", today);
            services.dutyRecords().add(ws, RecordDraft.of(RecordKind.MEETING_MINUTES, "安全例会纪要", early,
                    NineItem.RECORDS, "", null, List.of(), List.of(photo)));
            ReadinessService readiness = services.readiness();

            List<ReadinessService.MonthScore> months = readiness.byMonth(ws, template, today, 24, Progress.NONE);

            assertEquals(4, months.size(), months.toString());
            assertEquals(YearMonth.from(early), months.get(0).month());
            assertEquals(YearMonth.from(early).atEndOfMonth(), months.get(0).day());
            assertEquals(today, months.get(3).day(), "this month is scored on today");
            assertEquals(readiness.assess(ws, template, today, today).score(), months.get(3).score());
            assertEquals(readiness.assess(ws, template, months.get(1).day(), today).score(), months.get(1).score());
            assertTrue(months.get(0).score().compareTo(months.get(3).score()) < 0,
                    "before today's approval the operator's post had no duty list: " + months);

            List<ReadinessService.MonthScore> last = readiness.byMonth(ws, template, today, 2, Progress.NONE);
            assertEquals(List.of(months.get(2), months.get(3)), last);

            Progress cancelled = new Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return true;
                }
            };
            assertThrows(CancelledException.class, () -> readiness.byMonth(ws, template, today, 24, cancelled));
        }
    }
}
