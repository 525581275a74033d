package org.nineones.service.exams;

import java.util.List;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;
import org.nineones.service.ledger.LedgerPreview;

/** What an exam results import would write: the rows checked, their problems, the results to record. */
final class ExamLedgerPreview implements LedgerPreview {

    /** One result a row without errors would record. */
    record Planned(int row, long examId, long employeeId, double score, String line) {
    }

    private final HeaderTable table;
    private final List<RowProblem> errors;
    private final List<Planned> planned;

    ExamLedgerPreview(HeaderTable table, List<RowProblem> errors, List<Planned> planned) {
        this.table = table;
        this.errors = List.copyOf(errors);
        this.planned = List.copyOf(planned);
    }

    @Override
    public HeaderTable table() {
        return table;
    }

    List<Planned> planned() {
        return planned;
    }

    @Override
    public List<RowProblem> errors() {
        return errors;
    }

    @Override
    public int toWrite() {
        return planned.size();
    }

    @Override
    public List<String> willWrite() {
        return planned.stream().map(Planned::line).toList();
    }
}
