package org.nineones.service.inspection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nineones.excel.LedgerColumn;
import org.nineones.excel.LedgerSheetWriter;
import org.nineones.model.Messages;
import org.nineones.model.inspection.InspectionFinding;

/**
 * {@value FindingsFile#XLSX}, the findings for people: a title row saying whose inspection it was (enterprise, day,
 * inspector, score, conclusion, template), then one row per finding with its id, checklist line, how it was made, what
 * was seen, what must be done, by when and who answers for it.
 */
final class FindingsSheet {

    private static final List<LedgerColumn> COLUMNS = List.of(
            LedgerColumn.of("uid", 38), LedgerColumn.of("line", 10), LedgerColumn.of("source", 10),
            LedgerColumn.of("seen", 40), LedgerColumn.of("requirement", 40), LedgerColumn.of("deadline", 12),
            LedgerColumn.of("responsible", 12));

    private final Messages messages;

    FindingsSheet(Messages messages) {
        this.messages = messages;
    }

    void write(FindingsFile.Content c, Path xlsx) throws IOException {
        String title = messages.get("findings.title", c.enterpriseName(), c.date().toString(), c.inspector(),
                c.score().toPlainString(), messages.of(c.conclusion()), c.templateName(), c.templateVersion());
        List<String> headers = COLUMNS.stream().map(col -> messages.get("findings.column." + col.key())).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (InspectionFinding f : c.findings()) {
            rows.add(List.of(f.uid(), f.lineId(), messages.get("findings.source." + f.source().name()), f.seen(),
                    f.requirement(), f.deadline(), f.responsible()));
        }
        new LedgerSheetWriter().write(xlsx, messages.get("findings.sheet"), title, headers, COLUMNS, rows);
    }
}
