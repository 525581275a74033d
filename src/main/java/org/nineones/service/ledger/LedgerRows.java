package org.nineones.service.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.CellValues;
import org.nineones.excel.SheetData;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.model.AppTemp;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/**
 * A ledger as a table to look at (the inspector's read-only view of people's records): the same sheet its export
 * writes, its header and rows as texts. Written to this run's temporary folder and read back, so what is shown is
 * exactly what the ledger exports; the workspace is only read.
 */
public final class LedgerRows {

    /** The header texts and the rows, each as wide as the header. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    private static final int MAX_ROWS = 200_000;

    private LedgerRows() {
    }

    public static Table read(Ledger ledger, Workspace workspace, Progress progress) throws LedgerException,
            IOException {
        Path folder = AppTemp.workFolder("ledger-");
        try {
            Path sheet = folder.resolve(ledger.key() + ".xlsx");
            ledger.export(workspace, sheet, progress);
            progress.checkCancelled();
            SheetData data = new SpreadsheetReader().read(sheet, (name, hidden) -> !hidden, MAX_ROWS,
                    progress::isCancelled).sheets().get(0);
            return table(data.rows());
        } catch (SpreadsheetException e) {
            throw new IOException("cannot read back the ledger " + ledger.key() + ": " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    /** The header is the first row of more than one cell (a title row of one cell may stand above it). */
    static Table table(List<SheetRow> rows) {
        int header = 0;
        while (header < rows.size() - 1 && filled(rows.get(header)) <= 1 && filled(rows.get(header + 1)) > 1) {
            header++;
        }
        if (rows.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> headers = texts(rows.get(header), rows.get(header).width());
        List<List<String>> body = new ArrayList<>();
        for (SheetRow row : rows.subList(header + 1, rows.size())) {
            body.add(texts(row, headers.size()));
        }
        return new Table(headers, body);
    }

    private static int filled(SheetRow row) {
        int n = 0;
        for (int i = 0; i < row.width(); i++) {
            if (!CellValues.isBlank(row.cell(i))) {
                n++;
            }
        }
        return n;
    }

    private static List<String> texts(SheetRow row, int width) {
        List<String> texts = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            texts.add(CellValues.text(row.cell(i)));
        }
        return texts;
    }

    private static void delete(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // in this run's temporary folder: removed at the next start at the latest
        }
    }
}
