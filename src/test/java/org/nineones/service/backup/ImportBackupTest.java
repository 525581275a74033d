package org.nineones.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nineones.excel.TestWorkbooks.id;
import static org.nineones.excel.TestWorkbooks.rows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.TestWorkbooks;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.service.Progress;
import org.nineones.service.content.PostContentService;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.service.exchange.ExchangePreview;
import org.nineones.service.roster.RosterImportService;
import org.nineones.service.roster.RosterPreview;
import org.nineones.store.BackupFile;
import org.nineones.store.BackupReason;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceBackups;

/** The roster and post content imports back up the workspace right before they write. */
class ImportBackupTest {

    private static final String COMPANY = "示范化工";
    private static final String CODE = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");

    @TempDir
    Path tempDir;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final BackupService backups = new BackupService(messages, BackupPolicy.defaults(),
            Clock.fixed(LocalDateTime.of(2026, 12, 6, 15, 13).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8)));

    private Workspace workspace() throws Exception {
        return Workspace.create(tempDir.resolve("张三的文件").resolve("示范化工.nineones"),
                new Enterprise(COMPANY, CODE, "", false, "", "", "", "", ""));
    }

    @Test
    void aRosterImportBacksUpTheStateBeforeItWrites() throws Exception {
        Path roster = TestWorkbooks.xlsx(tempDir.resolve("张三的文件").resolve("花名册.xlsx"), wb -> {
            Sheet sheet = wb.createSheet("花名册");
            rows(sheet, 0, new Object[] {"序号", "姓名", "身份证号", "部门", "岗位"});
            rows(sheet, 1, new Object[] {1, "张三", id(1), "一车间", "电工"}, new Object[] {2, "李四", id(2), "一车间", "操作工"});
        });
        RosterImportService service = new RosterImportService(messages, backups::beforeImport);
        try (Workspace ws = workspace()) {
            RosterSheet sheet = service.read(roster, null, Progress.NONE);
            RosterPreview preview = service.preview(ws, sheet, sheet.automaticMapping());

            service.commit(ws, preview, false, Progress.NONE);

            assertEquals(2, (int) ws.read(s -> s.employees().count()));
            List<BackupFile> list = WorkspaceBackups.list(ws.file());
            assertEquals(1, list.size());
            assertEquals("2026-12-06T151300-before-import.nineones", list.get(0).file().getFileName().toString());
            assertEquals(0, WorkspaceBackups.inspect(list.get(0).file()).people(), "the backup holds the state before");
        }
    }

    @Test
    void aPostContentImportBacksUpBeforeItWrites() throws Exception {
        List<Path> backedUp = new ArrayList<>();
        ContentExchangeService exchange = new ContentExchangeService(messages,
                ws -> backedUp.add(backups.backupNow(ws, BackupReason.BEFORE_IMPORT)));
        try (Workspace ws = workspace()) {
            long post = ws.write(s -> {
                OrgUnit company = s.orgUnits().insert(new OrgUnit(null, null, COMPANY, OrgUnitKind.COMPANY, 0));
                return s.posts().insert(new Post(null, company.id(), "电工", PostCategory.OPERATOR, RiskLevel.LOW)).id();
            });
            new PostContentService(messages).saveDraft(ws, post, new DutyList(List.of(
                    new DutyItem("", "严格执行操作规程", "本岗位", "", "", "", ResponsibilityForm.DIRECT))));
            Path file = tempDir.resolve("张三的文件").resolve("责任清单.xlsx");
            exchange.export(ws, ExchangeKind.DUTIES, file, Progress.NONE);
            ExchangePreview preview = exchange.preview(ws, ExchangeKind.DUTIES, file, Progress.NONE);

            exchange.commit(ws, preview, false, Progress.NONE);

            assertEquals(1, backedUp.size());
            assertEquals(BackupReason.BEFORE_IMPORT, WorkspaceBackups.list(ws.file()).get(0).reason());
        }
    }
}
