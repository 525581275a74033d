package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.records.RecordsFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code record add}, {@code record list} and {@code record export} on a real workspace. */
class RecordCommandTest {

    @TempDir
    Path dir;
    RecordsFixture f;
    Services services;
    String ws;

    @BeforeEach
    void setUp() throws Exception {
        f = new RecordsFixture(dir);
        ws = f.workspace.file().toString();
        f.workspace.close();
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    @Test
    void addsARecordWithFilesPeopleAndUnitThenListsItAsTextAndJson() throws Exception {
        Path photo = f.png("培训现场.png", 300);
        Path minutes = f.pdf("纪要.pdf");
        CliRun add = CliRun.of(services, "record", "add", "--workspace", ws, "--kind", "training-photos",
                "--title", "三级教育现场照片", "--item", "5", "--date", "2026-11-03", "--file", photo.toString(),
                "--file", minutes.toString(), "--person", "A001", "--person", "A002", "--org-unit", "生产部/一车间",
                "--note", "班组级");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().contains("培训照片“三级教育现场照片”，附件 2 个"), add.out());

        CliRun list = CliRun.of(services, "record", "list", "--workspace", ws, "--kind", "training-photos");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("三级教育现场照片"), list.out());
        assertTrue(list.out().contains("生产部 / 一车间：张三、李四"), list.out());

        CliRun json = CliRun.of(services, "record", "list", "--workspace", ws, "--item", "5", "--json");
        JsonNode records = new ObjectMapper().readTree(json.out());
        assertEquals(1, records.size());
        assertEquals("training-photos", records.get(0).get("kind").asText());
        assertEquals(AttachmentFile.sha256(Files.readAllBytes(photo)),
                records.get(0).get("attachments").get(0).get("sha256").asText());
        assertEquals(0, new ObjectMapper().readTree(CliRun.of(services, "record", "list", "--workspace", ws,
                "--item", "9", "--json").out()).size());

        Path out = dir.resolve("导出的附件");
        CliRun export = CliRun.of(services, "record", "export", "--workspace", ws, "--id",
                records.get(0).get("id").asText(), "--out", out.toString());
        assertEquals(0, export.code(), export.err());
        assertEquals(Files.readAllBytes(photo).length, Files.size(out.resolve("培训现场.png")));
    }

    @Test
    void refusesAMissingFileWithItsSentenceAndWritesNothing() throws Exception {
        CliRun add = CliRun.of(services, "record", "add", "--workspace", ws, "--kind", "minutes", "--title", "例会",
                "--item", "9", "--date", "2026-11-03", "--file", f.pdf("有.pdf").toString(),
                "--file", f.files.resolve("没有.jpg").toString());
        assertEquals(1, add.code());
        assertTrue(add.err().contains("附件“没有.jpg”不存在，未记录任何内容"), add.err());
        assertTrue(CliRun.of(services, "record", "list", "--workspace", ws).out().contains("共 0 条记录"));
        CliRun kind = CliRun.of(services, "record", "add", "--workspace", ws, "--kind", "photo", "--title", "例会",
                "--item", "9", "--date", "2026-11-03");
        assertEquals(1, kind.code());
        assertTrue(kind.err().contains("没有“photo”这种记录类别"), kind.err());
        CliRun help = CliRun.of(services, "record", "add", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--file"), help.out());
    }
}
