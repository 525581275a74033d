package org.nineones.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.app.Services;
import org.nineones.model.Employee;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.service.training.ComplianceReport;
import org.nineones.store.Workspace;

/**
 * The training targets: on a copy of the 10,000-employee workspace, 50 sessions over the last two years and a sign-in
 * sheet of 50,000 rows (five sessions a person) imported through the real attendance ledger (target < 5 s), then the
 * compliance view over 10,000 people and 50,000 attendance rows (target < 1 s).
 */
final class BenchTraining {

    static final int SESSIONS = 50;
    static final int PER_PERSON = 5;

    private BenchTraining() {
    }

    /** The two timings, as lines for the results. */
    record Result(double importSeconds, String importDetail, double complianceSeconds, double complianceWarmSeconds,
                  int people) {
    }

    static Result run(Services services, Path source, Path dir) throws Exception {
        Path file = dir.resolve("培训.nineones");
        Files.deleteIfExists(file);
        try (Workspace ws = Workspace.open(source)) {
            ws.backupTo(file);
        }
        Path sheet = dir.resolve("培训签到-50000.xlsx");
        try (Workspace ws = Workspace.open(file)) {
            List<TrainingSession> sessions = sessions(services, ws);
            List<Employee> people = ws.read(s -> s.employees().all());
            writeSheet(sheet, sessions, people);
            // warm up the import path on a small sheet first, as the roster import step does
            Path small = dir.resolve("培训签到-warm-up.xlsx");
            writeSheet(small, sessions, people.subList(0, Math.min(100, people.size())));
            services.training().attendanceLedger().preview(ws, small, Progress.NONE);
            services.training().compliance().compute(ws, LocalDate.now());

            long t = System.nanoTime();
            LedgerPreview preview = services.training().attendanceLedger().preview(ws, sheet, Progress.NONE);
            LedgerImportResult written = services.training().attendanceLedger().commit(ws, preview, false,
                    Progress.NONE);
            double importSeconds = (System.nanoTime() - t) / 1e9;
            String detail = String.format(Locale.ROOT, "%d rows, %d written, %d in error", preview.rows(),
                    written.written(), preview.invalidRows());

            t = System.nanoTime();
            ComplianceReport report = services.training().compliance().compute(ws, LocalDate.now());
            double cold = (System.nanoTime() - t) / 1e9;
            t = System.nanoTime();
            services.training().compliance().compute(ws, LocalDate.now());
            double warm = (System.nanoTime() - t) / 1e9;
            return new Result(importSeconds, detail, cold, warm, report.people().size());
        }
    }

    static List<TrainingSession> sessions(Services services, Workspace ws) {
        List<TrainingSession> list = new ArrayList<>();
        TrainingKind[] kinds = TrainingKind.values();
        LocalDate today = LocalDate.now();
        for (int i = 0; i < SESSIONS; i++) {
            TrainingKind kind = kinds[i % kinds.length];
            list.add(services.training().service().save(ws, new TrainingSession(null, today.minusDays(7L + i * 14L),
                    4 + i % 5, "安全培训第" + (i + 1) + "期", kind, "", "安全科", "培训室", null)));
        }
        return list;
    }

    /** Five distinct sessions per person: columns 场次编号, 培训日期, 培训主题, 姓名, 身份证号, 学时. */
    static void writeSheet(Path file, List<TrainingSession> sessions, List<Employee> people) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(1000); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("签到");
            Row head = sheet.createRow(0);
            String[] headers = {"场次编号", "培训日期", "培训主题", "姓名", "身份证号", "学时"};
            for (int c = 0; c < headers.length; c++) {
                head.createCell(c).setCellValue(headers[c]);
            }
            int r = 1;
            for (int i = 0; i < people.size(); i++) {
                Employee e = people.get(i);
                for (int k = 0; k < PER_PERSON; k++) {
                    TrainingSession s = sessions.get((i + k * 10) % sessions.size());
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(s.id());
                    row.createCell(1).setCellValue(s.heldOn().toString());
                    row.createCell(2).setCellValue(s.topic());
                    row.createCell(3).setCellValue(e.name());
                    row.createCell(4).setCellValue(e.idNumber().value());
                    row.createCell(5).setCellValue(s.hours());
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
