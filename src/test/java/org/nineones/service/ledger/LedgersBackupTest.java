package org.nineones.service.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.store.BackupFile;
import org.nineones.store.BackupReason;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceBackups;
import org.nineones.service.sample.SampleCopy;

/**
 * Every ledger reached through the registry backs up the workspace right before its import writes, and only then:
 * the sample enterprise's training ledger, read back with one new session, through {@code Services}.
 */
class LedgersBackupTest {

    @TempDir
    Path dir;
    private Services services;
    private Workspace ws;
    private Path sheet;

    @BeforeEach
    void sampleWithATrainingSheet() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        // a copy of the sample built once per run: openSample opens it
        SampleCopy.into(dir.resolve("示例"));
        ws = services.sample().openSample(Files.createDirectories(dir.resolve("示例")), Progress.NONE);
        sheet = dir.resolve("培训台账.xlsx");
        services.ledgers().byKey("training").orElseThrow().export(ws, sheet, Progress.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ws.close();
    }

    /** The exported sheet with one more session; {@code date} decides whether the row is valid. */
    private Path withNewSession(String date) throws Exception {
        List<List<String>> rows = new ArrayList<>(LedgerSheets.read(sheet));
        List<String> header = rows.get(0);
        List<String> row = new ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
        row.set(header.indexOf("培训日期"), date);
        row.set(header.indexOf("学时"), "2");
        row.set(header.indexOf("培训主题"), "冬季防火专题");
        row.set(header.indexOf("培训类别"), rows.get(1).get(header.indexOf("培训类别")));
        rows.add(row);
        return LedgerSheets.write(dir.resolve("培训台账-" + date + ".xlsx"), rows);
    }

    private List<BackupFile> beforeImport() {
        return WorkspaceBackups.list(ws.file()).stream().filter(b -> b.reason() == BackupReason.BEFORE_IMPORT)
                .toList();
    }

    private int records(Workspace workspace) {
        return workspace.read(s -> s.training().sessions().size());
    }

    @Test
    void backsUpTheStateBeforeTheImportWrites() throws Exception {
        Ledger training = services.ledgers().byKey("training").orElseThrow();
        int sessionsBefore = records(ws);
        LedgerPreview preview = training.preview(ws, withNewSession("2026-11-02"), Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(List.of(), beforeImport());

        training.commit(ws, preview, false, Progress.NONE);

        assertEquals(sessionsBefore + 1, records(ws));
        List<BackupFile> backups = beforeImport();
        assertEquals(1, backups.size());
        try (Workspace backup = Workspace.open(backups.get(0).file())) {
            assertEquals(sessionsBefore, records(backup), "the backup holds the state before the import");
        }
    }

    @Test
    void makesNoBackupForAnImportThatIsRefusedAndOneWhenInvalidRowsAreLeftOut() throws Exception {
        Ledger training = services.ledgers().byKey("training").orElseThrow();
        LedgerPreview preview = training.preview(ws, withNewSession("2099-01-01"), Progress.NONE);
        assertTrue(preview.hasErrors(), "a session dated in the future is refused");

        LedgerException refused = assertThrows(LedgerException.class,
                () -> training.commit(ws, preview, false, Progress.NONE));
        assertEquals(LedgerException.Reason.INVALID_ROWS, refused.reason());
        assertEquals(List.of(), beforeImport(), "nothing is written, so nothing is backed up");

        training.commit(ws, preview, true, Progress.NONE);
        assertEquals(1, beforeImport().size());
    }
}
