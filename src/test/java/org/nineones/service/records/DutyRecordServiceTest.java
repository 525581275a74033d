package org.nineones.service.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordFilter;
import org.nineones.model.records.RecordKind;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.attachments.AttachmentRefusedException;
import org.nineones.service.attachments.AttachmentRefusedException.Reason;

/** Duty records on a real SQLite file: files kept byte for byte, refusals that write nothing, corrections. */
class DutyRecordServiceTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 5);

    @TempDir
    Path dir;
    RecordsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new RecordsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    private RecordDraft minutes(List<Path> files) {
        return RecordDraft.of(RecordKind.MEETING_MINUTES, "11月安全生产例会纪要", DAY, NineItem.RECORDS, "全体班组长参加",
                f.workshop.id(), List.of(f.zhang.id(), f.li.id()), files);
    }

    private int[] counts() {
        return f.workspace.read(s -> new int[] {s.dutyRecords().count(), s.attachments().count(),
                s.audit().latest(1000).size()});
    }

    @Test
    void keepsTheFilesByteForByteAndListsThemWithoutTheirBytes() throws Exception {
        Path photo = f.png("会场照片.png", 600);
        Path scan = f.pdf("纪要.pdf");
        byte[] before = Files.readAllBytes(photo);
        DutyRecord saved = f.service.add(f.workspace, minutes(List.of(photo, scan)));

        List<DutyRecord> all = f.service.list(f.workspace, RecordFilter.ALL);
        assertEquals(1, all.size());
        DutyRecord listed = all.get(0);
        assertEquals(saved.id(), listed.id());
        assertEquals("生产部 / 一车间", listed.orgUnitPath());
        assertEquals(List.of("张三", "李四"), listed.people().stream().map(p -> p.name()).toList());
        assertEquals(List.of("会场照片.png", "纪要.pdf"), listed.attachments().stream()
                .map(RecordAttachment::fileName).toList());
        RecordAttachment first = listed.attachments().get(0);
        assertEquals("image/png", first.mediaType());
        assertEquals(600, first.size());
        assertEquals(AttachmentFile.sha256(before), first.sha256());
        byte[] back = f.service.files().content(f.workspace, first);
        assertArrayEquals(before, back);
        assertEquals(first.sha256(), AttachmentFile.sha256(back));
        assertArrayEquals(before, Files.readAllBytes(photo), "the original is only read");
        assertEquals(DutyRecord.Status.IN_FORCE, listed.status());
    }

    @Test
    void refusesEachBadFileByItsSentenceAndWritesNothing() throws Exception {
        f.service.add(f.workspace, minutes(List.of(f.pdf("先有的.pdf"))));
        int[] before = counts();
        Path good = f.png("好的.png", 100);
        Path empty = Files.write(f.files.resolve("空的.png"), new byte[0]);
        Path large = f.png("太大.png", (int) RecordsFixture.LIMIT + 1);
        Path exe = Files.write(f.files.resolve("程序.exe"), new byte[] {'M', 'Z', 1, 2});
        Path renamed = Files.write(f.files.resolve("改名.pdf"), new byte[] {'M', 'Z', 1, 2});
        Path folder = Files.createDirectories(f.files.resolve("一个文件夹"));
        Path missing = f.files.resolve("不存在.jpg");
        check(Reason.EMPTY, "“空的.png”是空文件", good, empty);
        check(Reason.TOO_LARGE, "“太大.png”有 1.0 KB，超过了每个附件 1.0 KB 的上限", good, large);
        check(Reason.UNSUPPORTED, "附件“程序.exe”的类型不能作为记录保存", good, exe);
        check(Reason.MISMATCH, "不是它的扩展名所说的 pdf 文件", good, renamed);
        check(Reason.FOLDER, "“一个文件夹”是一个文件夹", good, folder);
        check(Reason.MISSING, "附件“不存在.jpg”不存在", good, missing);
        assertArrayEquals(before, counts(), "nothing written: no record, no file, no audit entry");
    }

    private void check(Reason reason, String sentence, Path good, Path bad) {
        AttachmentRefusedException e = assertThrows(AttachmentRefusedException.class,
                () -> f.service.add(f.workspace, minutes(List.of(good, bad))));
        assertEquals(reason, e.reason());
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
        assertTrue(e.getMessage().contains("未记录任何内容"), e.getMessage());
    }

    @Test
    void refusesAFutureDateAndAMissingTitleWritingNothing() {
        int[] before = counts();
        RecordDraft future = RecordDraft.of(RecordKind.OTHER, "明天的会", LocalDate.now().plusDays(1), NineItem.RECORDS,
                "", null, List.of(), List.of());
        assertEquals("date", assertThrows(RecordRuleException.class, () -> f.service.add(f.workspace, future)).field());
        RecordDraft untitled = RecordDraft.of(RecordKind.OTHER, " ", DAY, NineItem.RECORDS, "", null, List.of(),
                List.of());
        assertEquals("title", assertThrows(RecordRuleException.class, () -> f.service.add(f.workspace, untitled))
                .field());
        assertArrayEquals(before, counts());
    }

    @Test
    void aCorrectionIsANewEntryNamingTheCorrectedRecordAndMayKeepItsFiles() throws Exception {
        DutyRecord original = f.service.add(f.workspace, minutes(List.of(f.pdf("纪要.pdf"))));
        RecordDraft fixed = new RecordDraft(RecordKind.MEETING_MINUTES, "11月安全生产例会纪要（更正日期）",
                DAY.minusDays(1), NineItem.RECORDS, "", f.workshop.id(), List.of(f.zhang.id()),
                List.of(original.attachments().get(0).id()), List.of(f.png("签到表.png", 64)));
        DutyRecord correction = f.service.correct(f.workspace, original.id(), fixed, "会议日期记错了");

        List<DutyRecord> all = f.service.list(f.workspace, RecordFilter.ALL);
        assertEquals(2, all.size(), "both entries are visible");
        DutyRecord old = all.stream().filter(r -> r.id() == original.id()).findFirst().orElseThrow();
        assertEquals(DutyRecord.Status.CORRECTED, old.status());
        assertEquals(correction.id(), old.correctedById());
        assertEquals(original.id(), correction.correctsId());
        assertEquals("会议日期记错了", correction.correctionReason());
        assertEquals(List.of("纪要.pdf", "签到表.png"), correction.attachments().stream()
                .map(RecordAttachment::fileName).toList());
        assertEquals(original.attachments().get(0).id(), correction.attachments().get(0).id(), "kept, not copied");

        RecordRuleException twice = assertThrows(RecordRuleException.class,
                () -> f.service.correct(f.workspace, original.id(), fixed, "再改一次"));
        assertTrue(twice.getMessage().contains("已由记录 " + correction.id() + " 更正"), twice.getMessage());
        assertEquals("reason", assertThrows(RecordRuleException.class,
                () -> f.service.withdraw(f.workspace, correction.id(), " ")).field());

        DutyRecord withdrawal = f.service.withdraw(f.workspace, correction.id(), "重复登记");
        assertEquals(DutyRecord.Status.WITHDRAWAL, withdrawal.status());
        assertEquals(3, f.service.list(f.workspace, RecordFilter.ALL).size());
    }

    @Test
    void finalRecordsCannotBeChangedWhateverWritesToTheFile() throws Exception {
        DutyRecord saved = f.service.add(f.workspace, minutes(List.of()));
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + f.workspace.file());
             var st = c.createStatement()) {
            java.sql.SQLException update = assertThrows(java.sql.SQLException.class,
                    () -> st.executeUpdate("UPDATE duty_record SET title = 'x'"));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            java.sql.SQLException delete = assertThrows(java.sql.SQLException.class,
                    () -> st.executeUpdate("DELETE FROM duty_record WHERE id = " + saved.id()));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
        }
    }

    @Test
    void filtersByKindItemDateRangeAndText() throws Exception {
        f.service.add(f.workspace, minutes(List.of()));
        f.service.add(f.workspace, RecordDraft.of(RecordKind.TRAINING_PHOTOS, "新员工三级教育现场", DAY.minusMonths(2),
                NineItem.TRAINING, "", null, List.of(f.li.id()), List.of(f.png("培训.png", 50))));
        assertEquals(1, f.service.list(f.workspace, new RecordFilter(RecordKind.TRAINING_PHOTOS, null, null, null,
                "")).size());
        assertEquals(1, f.service.list(f.workspace, new RecordFilter(null, NineItem.RECORDS, null, null, "")).size());
        assertEquals(1, f.service.list(f.workspace, new RecordFilter(null, null, DAY.minusDays(1), DAY, "")).size());
        assertEquals("新员工三级教育现场", f.service.list(f.workspace, new RecordFilter(null, null, null, null,
                "培训.png")).get(0).title());
        assertEquals(2, f.service.list(f.workspace, new RecordFilter(null, null, null, null, "李四")).size());
    }

    @Test
    void exportsARecordsFilesIntoAFolderUnderTheirOwnNames() throws Exception {
        Path one = f.pdf("纪要.pdf");
        Path other = Files.createDirectories(f.files.resolve("二")).resolve("纪要.pdf");
        Files.writeString(other, "%PDF-1.7\n另一份\n", StandardCharsets.UTF_8);
        DutyRecord saved = f.service.add(f.workspace, minutes(List.of(one, other)));
        Path out = dir.resolve("导出");
        List<Path> written = f.service.files().exportAll(f.workspace, saved, out);
        assertEquals(List.of("纪要.pdf", "纪要 (2).pdf"), written.stream().map(p -> p.getFileName().toString())
                .toList());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(written.get(0)));
        assertArrayEquals(Files.readAllBytes(other), Files.readAllBytes(written.get(1)));
        Path copy = f.service.files().openableCopy(f.workspace, saved.attachments().get(0));
        assertEquals("纪要.pdf", copy.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(copy));
    }
}
