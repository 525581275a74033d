package org.nineones.service.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Every ledger reached through {@link Ledgers} backs up right before its import writes, and only then. */
class LedgersBackupTest {

    private final List<String> calls = new ArrayList<>();

    private final Ledger stub = new Ledger() {
        @Override
        public String key() {
            return "stub";
        }

        @Override
        public String titleKey() {
            return "stub.title";
        }

        @Override
        public LedgerPreview preview(Workspace workspace, Path file, Progress progress) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void writeErrorReport(LedgerPreview preview, Path report) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                         Progress progress) {
            calls.add("commit");
            return new LedgerImportResult(1, 0);
        }

        @Override
        public int export(Workspace workspace, Path target, Progress progress) {
            return 0;
        }
    };

    private static LedgerPreview preview(boolean withErrors) {
        return new LedgerPreview() {
            @Override
            public HeaderTable table() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RowProblem> errors() {
                return withErrors ? List.of(new RowProblem(3, "姓名", 1, "缺少姓名")) : List.of();
            }

            @Override
            public int toWrite() {
                return 1;
            }

            @Override
            public List<String> willWrite() {
                return List.of();
            }
        };
    }

    private Ledger backedUp() {
        Ledgers ledgers = new Ledgers(List.of(stub), workspace -> calls.add("backup"));
        return ledgers.byKey("stub").orElseThrow();
    }

    @Test
    void backsUpRightBeforeTheCommitWrites() throws Exception {
        backedUp().commit(null, preview(false), false, Progress.NONE);
        assertEquals(List.of("backup", "commit"), calls);
    }

    @Test
    void backsUpWhenRowsInErrorAreSkipped() throws Exception {
        backedUp().commit(null, preview(true), true, Progress.NONE);
        assertEquals(List.of("backup", "commit"), calls);
    }

    @Test
    void makesNoBackupForAnImportThatWillBeRefused() throws Exception {
        backedUp().commit(null, preview(true), false, Progress.NONE);
        assertEquals(List.of("commit"), calls);
    }

    @Test
    void keepsTheLedgersKeyAndTitle() {
        assertEquals("stub", backedUp().key());
        assertEquals("stub.title", backedUp().titleKey());
    }
}
