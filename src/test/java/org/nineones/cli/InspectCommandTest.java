package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.service.inspection.DrawResult;
import org.nineones.service.inspection.FindingsFile;
import org.nineones.service.inspection.FramePerson;
import org.nineones.service.inspection.SamplePackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code nineones inspect} on the sample enterprise's package from TSV files: the opinion read back, the findings file
 * verified by {@code verify-package} and read back, and each refusal by its sentence with nothing written.
 */
class InspectCommandTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private static final String SEED = "20261207";

    @TempDir
    static Path dir;
    private static Services services;
    private static Path zip;
    private static List<FramePerson> drawn;
    private static ChecklistLine scored;

    @BeforeAll
    static void samplePackage() {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        zip = SamplePackage.get().zip();
        DrawResult draw = services.draws().draw(zip, Long.parseLong(SEED), null, null);
        drawn = draw.people().stream().map(DrawResult.Drawn::person).toList();
        ChecklistTemplate template = services.reviews().review(zip, null).template();
        scored = template.lines().stream().filter(l -> l.points() != null && l.points().compareTo(BigDecimal.TEN) >= 0)
                .findFirst().orElseThrow();
    }

    private static CliRun run(String... args) {
        return CliRun.of(services, args);
    }

    private static Path tsv(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<String> args(Path inspection, Path opinion, Path findings, String... more) {
        List<String> args = new ArrayList<>(List.of("inspect", "--package", zip.toString(), "--inspection",
                inspection.toString(), "--opinion", opinion.toString(), "--findings", findings.toString()));
        args.addAll(List.of(more));
        return args;
    }

    private static Path ratings() throws Exception {
        return tsv("ratings.tsv", "# 抽查评定", drawn.get(0).employeeNumber() + "\t熟知",
                drawn.get(1).name() + "\t不熟知\t说不出应急处置卡上的报警电话", drawn.get(2).employeeNumber()
                        + "\tBASICALLY_FAMILIAR");
    }

    private static Path scores() throws Exception {
        return tsv("scores.tsv", scored.id() + "\t" + scored.points().subtract(BigDecimal.valueOf(3)).toPlainString()
                + "\t现场查看发现两处风险告知卡未张贴");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void aWholeInspectionFromFilesWritesTheOpinionAndAFindingsFileThatVerifiesAndTheSecondRunIsRefused()
            throws Exception {
        Path inspection = dir.resolve("第一组.nineinspect");
        Path opinion = dir.resolve("out/验收意见书.pdf");
        Path findings = dir.resolve("out/检查发现问题清单.zip");
        Files.createDirectories(opinion.getParent());
        List<String> args = args(inspection, opinion, findings, "--seed", SEED, "--ratings", ratings().toString(),
                "--scores", scores().toString(), "--inspector", "李明", "--inspector", "王芳", "--place", "企业厂区",
                "--responsible", "孙建国", "--deadline-days", "20", "--opinion-number", "滨城验〔2026〕第 12 号",
                "--opinion-text", "资料基本齐全，抽查人员熟悉岗位职责。", "--json");
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        int count = json.get("findings").asInt();
        assertTrue(count >= 2, "at least the unfamiliar worker's and the changed line's findings: " + run.out());

        String text = pdfText(opinion);
        assertTrue(text.contains("验收意见书"), text);
        assertTrue(text.contains(SamplePackage.get().manifest().enterprise().name()), text);
        assertTrue(text.contains(LocalDate.now().plusDays(20).toString()), text);
        assertTrue(text.contains("孙建国"), text);
        assertTrue(text.contains("滨城验〔2026〕第 12 号"), text);
        assertTrue(text.contains("资料基本齐全，抽查人员熟悉岗位职责。"), text);
        assertFalse(text.contains("经现场检查"), "the team's words instead of the default sentence: " + text);

        CliRun verified = run("verify-package", findings.toString());
        assertEquals(0, verified.code(), verified.out() + verified.err());
        FindingsFile.Content content = services.findingsFiles().read(findings);
        assertEquals(count, content.findings().size());
        assertEquals(json.get("score").decimalValue().compareTo(content.score()), 0);
        assertEquals("李明、王芳", content.inspector());
        assertEquals(SamplePackage.get().fingerprint(), content.packageFingerprint());
        assertArrayEquals(Files.readAllBytes(opinion), content.opinion().orElseThrow());
        for (InspectionFinding f : content.findings()) {
            assertEquals(LocalDate.now().plusDays(20), f.deadline(), f.toString());
            assertEquals("孙建国", f.responsible());
        }
        assertTrue(content.findings().stream().anyMatch(f -> f.lineId().equals(scored.id())
                && f.seen().contains("现场查看发现两处风险告知卡未张贴")), content.findings().toString());

        byte[] before = Files.readAllBytes(inspection);
        Path opinion2 = dir.resolve("out/再次.pdf");
        Path findings2 = dir.resolve("out/再次.zip");
        CliRun again = run(args(inspection, opinion2, findings2, "--seed", SEED).toArray(String[]::new));
        assertEquals(1, again.code(), again.err());
        assertTrue(again.err().contains("不能再次签字"), again.err());
        assertFalse(Files.exists(opinion2));
        assertFalse(Files.exists(findings2));
        assertArrayEquals(before, Files.readAllBytes(inspection), "the inspection file is unchanged");
    }

    /** Runs a refused inspection on a new file and checks that nothing at all was written. */
    private static CliRun refused(int code, String... more) {
        Path inspection = dir.resolve("拒绝.nineinspect");
        Path opinion = dir.resolve("拒绝.pdf");
        Path findings = dir.resolve("拒绝.zip");
        CliRun run = run(args(inspection, opinion, findings, more).toArray(String[]::new));
        assertEquals(code, run.code(), run.out() + run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(inspection), "no inspection file");
        assertFalse(Files.exists(opinion), "no opinion");
        assertFalse(Files.exists(findings), "no findings file");
        return run;
    }

    @Test
    void aSeedThatIsNotANumberIsRefused() {
        CliRun run = refused(1, "--seed", "12a");
        assertTrue(run.err().contains(ZH.get("draw.error.seed", "12a")), run.err());
    }

    @Test
    void aRatingForSomeoneNotDrawnIsRefusedNamingTheLine() throws Exception {
        Path file = tsv("未抽到.tsv", drawn.get(0).name() + "\t熟知", "", "查无此人\t熟知");
        CliRun run = refused(1, "--seed", SEED, "--ratings", file.toString());
        assertTrue(run.err().contains(ZH.get("inspect.error.notDrawn", "未抽到.tsv", "3", "查无此人")), run.err());
    }

    @Test
    void aScoreAboveTheLinesPointsIsRefusedNamingTheLine() throws Exception {
        String above = scored.points().add(BigDecimal.ONE).toPlainString();
        Path file = tsv("超分.tsv", scored.id() + "\t" + above + "\t多给");
        CliRun run = refused(1, "--seed", SEED, "--scores", file.toString());
        assertTrue(run.err().contains(ZH.get("inspect.error.scoreRange", "超分.tsv", "1", scored.id(), above,
                scored.points().toPlainString())), run.err());
    }

    @Test
    void aBadTsvLineIsRefused() throws Exception {
        Path scoresFile = tsv("缺列.tsv", scored.id() + "\t5");
        CliRun run = refused(1, "--seed", SEED, "--scores", scoresFile.toString());
        assertTrue(run.err().contains(ZH.get("inspect.error.tsvColumns", "缺列.tsv", "1", "3", "2")), run.err());
        Path ratingsFile = tsv("评定.tsv", drawn.get(0).name() + "\t很熟");
        run = refused(1, "--seed", SEED, "--ratings", ratingsFile.toString());
        assertTrue(run.err().contains(ZH.get("inspect.error.rating", "评定.tsv", "1", "很熟")), run.err());
    }

    @Test
    void anAlteredPackageExitsWith3() throws Exception {
        Path altered = dir.resolve("改过的.zip");
        Files.copy(zip, altered);
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + altered.toUri()), Map.of())) {
            Files.writeString(fs.getPath("records.json"), "{}", StandardCharsets.UTF_8);
        }
        Path inspection = dir.resolve("改.nineinspect");
        CliRun run = run("inspect", "--package", altered.toString(), "--inspection", inspection.toString(),
                "--seed", SEED, "--opinion", dir.resolve("改.pdf").toString(), "--findings",
                dir.resolve("改.zip").toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("资料包“改过的.zip”未通过校验"), run.err());
        assertFalse(Files.exists(inspection));
        assertFalse(Files.exists(dir.resolve("改.pdf")));
    }

    @Test
    void anEnterpriseWorkspaceIsNoInspectionFile() throws Exception {
        Path workspace = dir.resolve("企业.nineones");
        Files.copy(SamplePackage.get().workspace(), workspace);
        byte[] before = Files.readAllBytes(workspace);
        CliRun run = run("inspect", "--package", zip.toString(), "--inspection", workspace.toString(), "--seed", SEED,
                "--opinion", dir.resolve("企业.pdf").toString(), "--findings", dir.resolve("企业.zip").toString());
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("是企业的数据文件"), run.err());
        assertArrayEquals(before, Files.readAllBytes(workspace));
        assertFalse(Files.exists(dir.resolve("企业.pdf")));
    }

    @Test
    void helpNamesTheFiles() {
        CliRun run = run("inspect", "--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("--ratings=RATINGS.tsv") && run.out().contains("--deadline-days=N")
                && run.out().contains("--opinion-number=TEXT") && run.out().contains("--opinion-text=TEXT"), run.out());
    }
}
