package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

/**
 * Failures of the disk and the file system as the command line tells them: one sentence that says what to do,
 * never the database's or a library's own text, and never "the file may be damaged" about a file that is fine.
 */
class FailureMessagesCommandTest {

    private static final String CREDIT_CODE = "91371600MA3C7E2X1C";

    @TempDir
    Path dir;
    private Services services;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);

    @BeforeEach
    void services() {
        services = new Services(new Settings(dir.resolve("home")), messages);
    }

    private CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    @Test
    void initWhereNoFolderCanBeMadeSaysSoAndNotThatAFileIsDamaged() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("资料.txt"), "一个文件，不是文件夹");
        Path file = notAFolder.resolve("企业.nineones");
        CliRun run = run("init", "--workspace", file.toString(), "--name", "示范化工", "--credit-code", CREDIT_CODE);
        assertEquals(NineonesCli.FAILED, run.code());
        assertEquals("init: " + messages.get("WorkspaceException.Reason.CANNOT_CREATE", file), run.err().strip());
        assertFalse(run.err().contains("损坏"), run.err());
    }

    @Test
    void aWorkspaceHeldByAnotherProgramIsToldAsSuchWithoutSql() throws Exception {
        Path file = dir.resolve("企业.nineones");
        assertEquals(0, run("init", "--workspace", file.toString(), "--name", "示范化工", "--credit-code", CREDIT_CODE).code());
        Path roster = dir.resolve("花名册.xlsx");
        assertEquals(0, run("generate", "--employees", "20", "--out", roster.toString()).code());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = other.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            CliRun run = run("import-roster", "--workspace", file.toString(), "--file", roster.toString());
            assertEquals(NineonesCli.FAILED, run.code());
            assertEquals("import-roster: " + messages.get("files.problem.LOCKED", file), run.err().strip());
            s.execute("ROLLBACK");
        }
        CliRun info = run("info", "--workspace", file.toString(), "--json");
        assertTrue(info.out().contains("\"employees\":0"), "nothing was imported: " + info.out());
    }

    @Test
    void aHalfMadeWorkspaceIsNamedInChineseAndInitReplacesIt() throws Exception {
        Path file = dir.resolve("中断.nineones");
        assertEquals(0, run("init", "--workspace", file.toString(), "--name", "示范化工", "--credit-code", CREDIT_CODE).code());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_log");
            s.execute("DELETE FROM enterprise");
        }
        CliRun info = run("info", "--workspace", file.toString());
        assertEquals(NineonesCli.FAILED, info.code());
        assertEquals("info: " + messages.get("WorkspaceException.Reason.INCOMPLETE", file), info.err().strip());
        assertFalse(info.err().contains("enterprise row"), info.err());
        assertEquals(0, run("init", "--workspace", file.toString(), "--name", "示范化工", "--credit-code", CREDIT_CODE).code());
        assertTrue(run("info", "--workspace", file.toString(), "--json").out().contains("示范化工"));
    }
}
