package org.nineones.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Real failures of the disk and the file system, each told apart with its own sentence in both languages: a full
 * disk (SQLite's and the operating system's own), a read-only database, a missing folder.
 */
class FailuresTest {

    @TempDir
    Path dir;

    private final Messages zh = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final Messages en = new Messages(Locale.ENGLISH);

    @Test
    void aDatabaseThatRunsOutOfSpaceIsAFullDisk() throws Exception {
        Path db = dir.resolve("满.db");
        SQLException e;
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x BLOB)");
            s.execute("PRAGMA max_page_count = 4"); // SQLite's own limit gives the same SQLITE_FULL as a full disk
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                insert.setBytes(1, new byte[64 * 1024]);
                e = assertThrows(SQLException.class, insert::executeUpdate);
            }
        }
        assertEquals(Optional.of(Failures.FileProblem.DISK_FULL), Failures.fileProblem(new RuntimeException("x", e)));
    }

    @Test
    void writingToAFullDeviceIsAFullDisk() {
        Path full = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(full), "a Linux machine");
        IOException e = assertThrows(IOException.class, () -> Files.write(full, new byte[8192]));
        assertEquals(Optional.of(Failures.FileProblem.DISK_FULL), Failures.fileProblem(e));
        String sentence = Failures.sentence(e, zh).orElseThrow();
        assertTrue(sentence.startsWith("磁盘空间已满"), sentence);
        assertTrue(Failures.sentence(e, en).orElseThrow().startsWith("The disk is full"));
    }

    @Test
    void aReadOnlyDatabaseIsReadOnly() throws Exception {
        Path db = dir.resolve("只读.db");
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        SQLException e;
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            e = assertThrows(SQLException.class, () -> s.execute("INSERT INTO t VALUES (1)"));
        }
        assertEquals(Optional.of(Failures.FileProblem.READ_ONLY), Failures.fileProblem(e));
    }

    @Test
    void aFolderThatIsGoneIsNamed() {
        Path gone = dir.resolve("U盘").resolve("导出.xlsx");
        IOException e = assertThrows(IOException.class, () -> Files.writeString(gone, "x"));
        assertEquals(Optional.of(Failures.FileProblem.FOLDER_MISSING), Failures.fileProblem(e));
        assertEquals(zh.get("files.problem.FOLDER_MISSING", gone.toString()), Failures.sentence(e, zh).orElseThrow());
    }

    @Test
    void anOutputRefusalWinsOverWhatWrapsItAndABugHasNoSentence() {
        OutputRefusedException refused = new OutputRefusedException(OutputRefusedException.Reason.INPUT, dir);
        assertEquals(zh.get("files.refused.INPUT", dir), Failures.sentence(new IllegalStateException("wrap", refused), zh)
                .orElseThrow());
        assertEquals(Optional.empty(), Failures.sentence(new NullPointerException("x"), zh));
    }

    @Test
    void aFileTheAppMadeBesideATargetIsNamedByTheTarget() throws Exception {
        Path folder = dir.resolve("输出");
        assertEquals(folder.resolve("登记册.pdf"), Failures.asTheUserKnowsIt(folder.resolve(".登记册.pdf.8233412.part")));
        assertEquals(folder.resolve("企业.nineones"), Failures.asTheUserKnowsIt(folder.resolve("企业.nineones.lock")));
        assertEquals(folder.resolve("a.xlsx"), Failures.asTheUserKnowsIt(folder.resolve("a.xlsx")));
        java.nio.file.AccessDeniedException denied = new java.nio.file.AccessDeniedException(
                folder.resolve(".登记册.pdf.8233412.part").toString());
        assertEquals(zh.get("files.problem.READ_ONLY", folder.resolve("登记册.pdf")),
                Failures.sentence(new IOException("wrapped", denied), zh).orElseThrow());
    }
}
