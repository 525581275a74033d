package org.nineones.service.problems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.backup.BackupHook;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.people.PeopleService;
import org.nineones.service.records.RecordsFixture;
import org.nineones.ui.TestData;

/**
 * The records' small enterprise ({@link RecordsFixture}: 张三 A001, 李四 A002) with 王五 (A003), who has left, a
 * problem service over it, and real findings files written by the inspector's own writer: for this enterprise or
 * another, altered by one byte, or from a newer format.
 */
public final class ProblemsFixture {

    public static final String INSPECTION = "0f8fad5b-d9cb-469f-a165-70867728950e";
    public static final String OTHER_CODE = TestData.creditCode("91370200MA3C00002");

    public final RecordsFixture records;
    public final ProblemService service;
    public final ChecklistService checklists;
    public final Employee left;

    public ProblemsFixture(Path dir, SelfAssessmentService selfAssessments) throws Exception {
        records = new RecordsFixture(dir);
        checklists = new ChecklistService(records.messages, BackupHook.NONE);
        service = new ProblemService(records.messages, new FindingsFile(records.messages), selfAssessments,
                checklists, records.service, BackupHook.NONE);
        left = new PeopleService(records.messages).save(records.workspace, new Employee(null, "王五", Gender.MALE,
                IdNumber.of(TestData.id("37010219900303003")), "A003", "", null, null, LocalDate.of(2019, 1, 1),
                EmployeeStatus.LEFT, "", null));
    }

    /** A finding with its uid's last digits, line and deadline. */
    public static InspectionFinding finding(int n, String line, String seen, LocalDate deadline) {
        return new InspectionFinding(String.format("a1b2c3d4-0000-4000-8000-%012d", n), line,
                line.isEmpty() ? InspectionFinding.Source.MANUAL : InspectionFinding.Source.DEDUCTION, seen,
                "按规定整改并报送整改材料", deadline, "李安全", "王检查", "2026-12-07 10:15:00");
    }

    /** Two findings: 3.1 (a card not posted) and one by hand (an expired extinguisher). */
    public static List<InspectionFinding> twoFindings() {
        return List.of(finding(1, "3.1", "仓库风险告知卡未张贴", LocalDate.of(2027, 1, 31)),
                finding(2, "", "配电室灭火器过期", LocalDate.of(2026, 12, 20)));
    }

    /** A findings file for the enterprise with this credit code, written by the inspector's writer. */
    public Path findingsFile(Path out, String enterprise, String creditCode, List<InspectionFinding> findings) {
        return writeFindings(out, enterprise, creditCode, findings);
    }

    /** {@link #findingsFile} without a workspace, for a test class to write once. */
    public static Path writeFindings(Path out, String enterprise, String creditCode, List<InspectionFinding> findings) {
        FindingsFile.Content content = new FindingsFile.Content(INSPECTION, enterprise, creditCode, "3f".repeat(32),
                "九个一验收标准（默认）", "2026.1", "王检查", LocalDate.of(2026, 12, 7), new BigDecimal("78.5"),
                Conclusion.RECTIFY, findings, null);
        return new FindingsFile(new Messages(Locale.SIMPLIFIED_CHINESE)).write(content, out).file();
    }

    /** A findings file for this enterprise with the two findings. */
    public static Path ourFindingsFile(Path out) {
        return writeFindings(out, "示范化工有限公司", TestData.CREDIT_CODE, twoFindings());
    }

    /** A copy with one byte of a finding's text flipped. */
    public static Path altered(Path file, Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] part = "仓库".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, part);
        if (at < 0) {
            throw new IllegalStateException("no 仓库 in " + file);
        }
        bytes[at + 2] ^= 1;
        return Files.write(out, bytes);
    }

    /** A copy whose manifest says a newer format version, every file as it was. */
    public static Path newer(Path file, Path out) throws IOException {
        List<Object[]> entries = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in,
                StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.add(new Object[] {e.getName(), zip.readAllBytes()});
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Object[] e : entries) {
                byte[] content = (byte[]) e[1];
                if ("manifest.json".equals(e[0])) {
                    String text = new String(content, StandardCharsets.UTF_8);
                    String newer = text.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");
                    if (newer.equals(text)) {
                        throw new IllegalStateException("no format version in " + text);
                    }
                    content = newer.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry((String) e[0]));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return Files.write(out, bytes.toByteArray());
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Rows of the tables the problem list writes, and audit entries: what "nothing written" compares. */
    public int[] counts() {
        return records.workspace.read(s -> new int[] {s.problems().problemCount(), s.problems().versionCount(),
                s.problems().imports().size(), s.attachments().count(), s.audit().latest(100_000).size()});
    }
}
