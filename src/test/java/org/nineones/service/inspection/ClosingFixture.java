package org.nineones.service.inspection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.problems.FindingsImportResult;
import org.nineones.service.problems.ProblemService;
import org.nineones.store.Workspace;

/**
 * The findings round trip made once per test run, with real files: the sample enterprise's package inspected by the
 * inspect script (two lines scored down, signed) into an inspection file and a findings file; the findings file
 * imported into a copy of the sample workspace; the first finding's measure done with a duty record (its file) and a
 * photo, the others' measures in progress; the closing package of that findings file written. Tests copy the
 * inspection file (closed, signed, without closing packages) before writing to it, and only read the rest.
 */
public final class ClosingFixture {

    private static ClosingFixture made;

    public final Services services;
    public final Path folder;
    /** The signed inspection file, without any closing package: copy it with {@link #inspectionCopy}. */
    public final Path inspectionFile;
    public final Path findings;
    public final Path workspace;
    public final Path closing;
    /** The photo given as evidence of the first finding's measure, and the duty record's file. */
    public final byte[] photo;
    public final byte[] recordFile;
    public final String inspectionUid;

    private ClosingFixture(Path folder) throws Exception {
        this.folder = folder;
        services = new Services(new Settings(folder.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        Path zip = SamplePackage.get().zip();
        List<ChecklistLine> lines = services.reviews().review(zip, null).template().lines().stream()
                .filter(l -> l.points() != null && l.points().compareTo(BigDecimal.valueOf(5)) >= 0).limit(2).toList();
        Path scores = Files.writeString(folder.resolve("scores.tsv"), lines.get(0).id() + "\t"
                + lines.get(0).points().subtract(BigDecimal.valueOf(2)).toPlainString() + "\t现场查看发现风险告知卡未张贴\n"
                + lines.get(1).id() + "\t" + lines.get(1).points().subtract(BigDecimal.ONE).toPlainString()
                + "\t应急演练记录缺少评估\n", StandardCharsets.UTF_8);
        inspectionFile = folder.resolve("检查组.nineinspect");
        findings = folder.resolve("检查发现问题清单.zip");
        InspectionScript.Result result = services.inspectionScript().run(new InspectionScript.Request(zip,
                inspectionFile, "20261207", null, null, null, scores, List.of("李明"), "企业厂区", "孙建国", 20, "",
                "", folder.resolve("意见书.pdf"), findings));
        inspectionUid = result.inspection().uid();

        workspace = folder.resolve("企业" + Workspace.EXTENSION);
        Files.copy(SamplePackage.get().workspace(), workspace);
        closing = folder.resolve("整改回复包.zip");
        photo = bytes("整改后照片", 300);
        recordFile = bytes("专项检查记录扫描件", 400);
        Path photoFile = Files.write(folder.resolve("整改后照片.png"), photo);
        Path recordScan = Files.write(folder.resolve("检查记录.png"), recordFile);
        ProblemService problems = services.problems();
        try (Workspace ws = services.workspaces().open(workspace)) {
            FindingsImportResult imported = problems.importFindings(ws, findings);
            long owner = problems.owners(ws).get(0).id();
            DutyRecord record = services.dutyRecords().add(ws, RecordDraft.of(RecordKind.INSPECTION_NOTES,
                    "风险告知卡张贴情况检查", LocalDate.now(), NineItem.RECORDS, "", null, List.of(),
                    List.of(recordScan)));
            boolean first = true;
            for (ListedProblem p : problems.ofFindingsFile(ws, imported.file().fingerprint())) {
                Measure m = problems.addMeasure(ws, p.problem().id(), new MeasureDraft(first ? "补贴风险告知卡"
                        : "补充演练评估", owner, LocalDate.now().plusDays(10)));
                problems.changeStatus(ws, m.id(), MeasureStatus.IN_PROGRESS, "", Evidence.NONE);
                if (first) {
                    problems.changeStatus(ws, m.id(), MeasureStatus.DONE, "已张贴",
                            new Evidence(List.of(record.id()), List.of(photoFile)));
                }
                first = false;
            }
            problems.closingPackage(ws, inspectionUid, closing);
        }
    }

    /** The round trip, made on first use. */
    public static synchronized ClosingFixture get() {
        if (made == null) {
            try {
                Path folder = Files.createTempDirectory("nineones-closing");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                made = new ClosingFixture(folder);
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the closing round trip", e);
            }
        }
        return made;
    }

    /** A copy of the signed inspection file in {@code dir}, to write to. */
    public Path inspectionCopy(Path dir) {
        try {
            return Files.copy(inspectionFile, dir.resolve("检查组副本.nineinspect"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: what cannot be removed now stays for the system to clean
        }
    }

    /** A PNG of {@code size} bytes whose body starts with {@code text}. */
    private static byte[] bytes(String text, int size) {
        byte[] bytes = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(t, 0, bytes, magic.length, t.length);
        for (int i = magic.length + t.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Arrays.copyOf(bytes, size);
    }
}
