package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Duty;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.ResponsibilityForm;

class PostContentRepositoryTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;
    private Path file;
    private Workspace ws;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("张三的文件").resolve("企业.nineones");
        ws = WorkspaceFixtures.withTwoPosts(file);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static DutyList duties(String... texts) {
        return new DutyList(List.of(texts).stream().map(DutyItem::of).toList());
    }

    private ContentVersion approved(long postId, DutyList body, LocalDate from) {
        return ws.write(s -> {
            ContentVersion v = s.content().saveDraft(postId, body, null, 0);
            s.content().approve(v.id(), "张三", from);
            return s.content().find(v.id()).orElseThrow();
        });
    }

    @Test
    void anApprovedRowCannotBeChangedEvenByRawSql() throws Exception {
        ContentVersion v = approved(1, duties("巡回检查"), JAN);
        ws.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE post_content_version SET body = '{\"items\":[]}' WHERE id = " + v.id()));
            assertTrue(e.getMessage().contains("approved version"), e.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE post_content_version SET status = 'DRAFT' WHERE id = " + v.id()));
        }
        ws = Workspace.open(file);
        assertEquals(v.body(), ws.read(s -> s.content().find(v.id())).orElseThrow().body());
    }

    @Test
    void repositoryLeavesApprovedVersionsAlone() {
        ContentVersion v = approved(1, duties("巡回检查"), JAN);
        assertFalse((boolean) ws.write(s -> s.content().updateDraft(v.id(), duties("改了"), null, 0)));
        assertFalse((boolean) ws.write(s -> s.content().deleteDraft(v.id())));
        assertFalse((boolean) ws.write(s -> s.content().approve(v.id(), "李四", JUN)));
        assertEquals(List.of(v), ws.read(s -> s.content().versions(1, ContentKind.DUTY_LIST)));
    }

    @Test
    void theDatabaseRefusesASecondDraft() {
        ws.write(s -> s.content().insertDraft(1, duties("一"), null, 0));
        assertThrows(RuntimeException.class, () -> ws.write(s -> s.content().insertDraft(1, duties("二"), null, 0)));
    }

    @Test
    void countsTheVersionInForceElseTheDraftForEveryPostInOneGo() {
        approved(1, duties("一月版"), JAN);
        approved(1, duties("六月版"), JUN);
        ws.write(s -> s.content().saveDraft(1, duties("草稿"), null, 0));
        ws.write(s -> s.content().saveDraft(2, duties("电工草稿"), null, 0));

        Map<Long, ContentVersion> march = ws.read(s -> s.content().counting(ContentKind.DUTY_LIST, LocalDate.of(2026, 3, 1)));
        assertEquals(duties("一月版"), march.get(1L).body());
        assertEquals(duties("电工草稿"), march.get(2L).body());
        assertEquals(duties("六月版"), ws.read(s -> s.content().counting(ContentKind.DUTY_LIST, JUN)).get(1L).body());
        assertEquals(duties("草稿"), ws.read(s -> s.content().counting(ContentKind.DUTY_LIST, LocalDate.of(2025, 12, 31)))
                .get(1L).body(), "before anything took effect the draft counts");
        assertEquals(Map.of(1L, List.of("一月版"), 2L, List.of("电工草稿")),
                ws.read(s -> s.posts().allDuties(LocalDate.of(2026, 3, 1))));

        assertEquals(3, ws.read(s -> s.content().latest(ContentKind.DUTY_LIST)).get(1L).number());
        assertEquals(List.of(1L), List.copyOf(ws.read(s -> s.content().inForce(ContentKind.DUTY_LIST, JUN)).keySet()));
        assertEquals(2, ws.read(s -> s.content().inForce(ContentKind.DUTY_LIST, JUN)).get(1L).number());
        assertEquals(2, ws.read(s -> s.content().drafts(ContentKind.DUTY_LIST)).size());
        assertTrue(ws.read(s -> s.content().counting(ContentKind.PROCEDURE, JUN)).isEmpty());
    }

    @Test
    void sameEffectiveDateGoesToTheHigherNumber() {
        approved(1, duties("第一版"), JUN);
        approved(1, duties("更正版"), JUN);
        assertEquals(2, ws.read(s -> s.content().inForce(1, ContentKind.DUTY_LIST, JUN)).orElseThrow().number());
        assertEquals(2, ws.read(s -> s.content().inForce(ContentKind.DUTY_LIST, JUN)).get(1L).number());
    }

    @Test
    void replacingDutyTextsKeepsTheOtherFieldsOfUnchangedItems() {
        DutyItem rich = new DutyItem("隐患排查", "每班巡回检查", "班组长", "本班组", "未检查的扣2分", "《安全生产法》第五十七条",
                ResponsibilityForm.JOINT);
        approved(1, new DutyList(List.of(rich, DutyItem.of("正确佩戴防护用品"))), JAN);

        ws.write(s -> {
            s.posts().replaceDuties(1, List.of("新增一条", "每班巡回检查"));
            return null;
        });

        ContentVersion draft = ws.read(s -> s.content().draft(1, ContentKind.DUTY_LIST)).orElseThrow();
        assertEquals(2, draft.number(), "editing approved duties starts draft 2");
        assertEquals(List.of(DutyItem.of("新增一条"), rich), ((DutyList) draft.body()).items());
        assertEquals(List.of("新增一条", "每班巡回检查"), ws.read(s -> s.posts().duties(1)).stream().map(Duty::text).toList());
    }

    @Test
    void replacingWithTheApprovedTextsOrNothingWritesNoDraft() {
        approved(1, duties("一", "二"), JAN);
        ws.write(s -> {
            s.posts().replaceDuties(1, List.of("一", "二"));
            s.posts().replaceDuties(2, List.of());
            return null;
        });
        assertTrue(ws.read(s -> s.content().drafts(ContentKind.DUTY_LIST)).isEmpty());
    }

    @Test
    void deletingAPostTakesItsVersionsWithIt() {
        approved(1, duties("一"), JAN);
        ws.write(s -> {
            s.posts().delete(1);
            return null;
        });
        assertTrue(ws.read(s -> s.content().versions(1, ContentKind.DUTY_LIST)).isEmpty());
    }
}
