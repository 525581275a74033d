package org.nineones.bench;

import java.nio.file.Path;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.training.TrainingColumn;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.Workspace;

/** Times reading the 50,000-row sign-in sheet, checking it and (on a copy) writing it (a look, not a test). */
public final class BenchTrainingImportParts {

    private BenchTrainingImportParts() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path sheet = dir.resolve("培训签到-50000.xlsx");
        Services services = new Services(new Settings(dir.resolve("home")), Messages.defaults());
        for (int i = 0; i < 3; i++) {
            long t = System.nanoTime();
            int rows = new TableReader(new SpreadsheetReader(), 200_000).read(sheet, null,
                    TrainingColumn.ATTENDANCE_COLUMNS, () -> false).rows().size();
            long t1 = System.nanoTime();
            Path copy = dir.resolve("copy" + i + ".nineones");
            java.nio.file.Files.deleteIfExists(copy);
            try (Workspace ws = Workspace.open(dir.resolve("roster.nineones"))) {
                ws.backupTo(copy);
            }
            try (Workspace ws = Workspace.open(copy)) {
                // the sessions of the sheet: made the same way the benchmark made them (ids 1..50)
                BenchTrainingSessions.make(services, ws);
                long t2 = System.nanoTime();
                LedgerPreview p = services.training().attendanceLedger().preview(ws, sheet, Progress.NONE);
                long t3 = System.nanoTime();
                services.training().attendanceLedger().commit(ws, p, false, Progress.NONE);
                long t4 = System.nanoTime();
                System.out.printf("read %d rows: %d ms, preview (read + check): %d ms, commit %d: %d ms, errors %d%n",
                        rows, (t1 - t) / 1_000_000, (t3 - t2) / 1_000_000, p.toWrite(), (t4 - t3) / 1_000_000,
                        p.invalidRows());
            }
        }
    }
}
