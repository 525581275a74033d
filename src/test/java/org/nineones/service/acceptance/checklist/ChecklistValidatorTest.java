package org.nineones.service.acceptance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Deduction;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Veto;
import org.nineones.model.acceptance.VetoType;
import org.nineones.service.backup.BackupHook;

/** The checklist's own check: the default passes; each refusal names the line; a total other than 100 only warns. */
class ChecklistValidatorTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ChecklistValidator validator = new ChecklistValidator(ZH);
    private final ChecklistService service = new ChecklistService(ZH, BackupHook.NONE);

    @TempDir
    Path dir;

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    /** The default with line {@code index} replaced. */
    private ChecklistTemplate withLine(int index, UnaryOperator<ChecklistLine> change) {
        ChecklistTemplate t = service.defaultTemplate();
        List<ChecklistLine> lines = new ArrayList<>(t.lines());
        lines.set(index, change.apply(lines.get(index)));
        return new ChecklistTemplate(t.name(), "x", t.issuer(), t.description(), t.thresholds(), lines);
    }

    private static ChecklistLine line(String id, int item, String points, String rule, List<Deduction> deductions,
                                      BigDecimal cap, Integer zeroAt, String zeroIf, VetoType veto) {
        return new ChecklistLine(id, item, "考核内容", points == null ? null : d(points), rule, deductions, cap, zeroAt,
                zeroIf, Evidence.AUTOMATIC, false, new Veto(veto, null, veto == VetoType.NONE ? "" : "整改"));
    }

    private String onlyError(ChecklistTemplate t) {
        List<ChecklistProblem> errors = validator.errors(t);
        assertEquals(1, errors.size(), errors.toString());
        return errors.get(0).message();
    }

    @Test
    void theDefaultPassesSumsToOneHundredAndMatchesTheSampleDataFile() throws Exception {
        ChecklistTemplate standard = service.defaultTemplate();
        assertEquals(List.of(), validator.check(standard), "no refusal and no warning");
        assertEquals(0, standard.totalPoints().compareTo(BigDecimal.valueOf(100)));
        assertEquals("九个一验收标准（默认）", standard.name());
        assertEquals("2026.2", standard.version());
        assertEquals(List.of("1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "5.2", "6.1", "7.1", "8.1", "9.1",
                "9.2"), standard.lines().stream().map(ChecklistLine::id).toList());
        ChecklistTemplate fromSampleData;
        try (var in = Files.newInputStream(Path.of(System.getProperty("nineones.sampleData"))
                .resolve("checklists/default-checklist.json"))) {
            fromSampleData = new ChecklistJson().read(in);
        }
        assertEquals(fromSampleData, standard, "the jar's copy is the sample-data file");
        ChecklistLine first = standard.line("1.1").orElseThrow();
        assertEquals(List.of(new Deduction(FindingKinds.POST_WITHOUT_DUTY_LIST, d("1")),
                new Deduction(FindingKinds.DUTY_LIST_DRAFT_OR_INCOMPLETE, d("0.5"))), first.deductions());
        ChecklistLine knowledge = standard.line("6.1").orElseThrow();
        assertEquals(d("15"), knowledge.cap());
        assertEquals(List.of(new Deduction(FindingKinds.WORKER_NOT_FAMILIAR, d("3")),
                new Deduction(FindingKinds.WORKER_BASICALLY_FAMILIAR, d("1")),
                new Deduction(FindingKinds.NO_EXAM_IN_12_MONTHS, d("5"))), knowledge.deductions());
        assertEquals(List.of(new Deduction(FindingKinds.UNSIGNED_PERSON, d("0.2")),
                new Deduction(FindingKinds.LEVEL_WITHOUT_SIGNATURE, d("2"))),
                standard.line("4.1").orElseThrow().deductions());
        ChecklistLine records = standard.line("9.1").orElseThrow();
        assertEquals(Evidence.MANUAL, records.evidence());
        assertEquals(List.of(new Deduction(FindingKinds.RECORD_KIND_MISSING, d("1"))), records.deductions());
        ChecklistLine grids = standard.line("9.2").orElseThrow();
        assertEquals(Evidence.AUTOMATIC, grids.evidence());
        assertEquals(d("5"), grids.points());
        assertTrue(grids.notApplicable(), "a county without grids marks the line 缺项");
        assertEquals(FindingKinds.NO_GRID, grids.zeroIfMissing());
        assertEquals(List.of(new Deduction(FindingKinds.GRID_AREA_UNSTAFFED, d("1")),
                new Deduction(FindingKinds.GRID_MONTH_NOT_REPORTED, d("0.5"))), grids.deductions());
        assertEquals(d("10"), standard.line("5.1").orElseThrow().points(), "the grid's 5 points come from training");
        assertEquals(VetoType.LINE, standard.line("1.2").orElseThrow().veto().type());
        assertEquals(FindingKinds.PRINCIPAL_DUTIES_MISSING, standard.line("1.2").orElseThrow().zeroIfMissing());
        assertEquals(FindingKinds.EXPIRED_CERTIFICATE, standard.line("5.2").orElseThrow().zeroIfMissing());
    }

    @Test
    void refusesAnItemOutsideOneToNineNamingTheLine() {
        String message = onlyError(withLine(2, l -> line("2.1", 12, "10", "每个岗位扣1分", l.deductions(), null, null,
                null, VetoType.NONE)));
        assertEquals("检查项 2.1：九个一项目应为 1 到 9 之间的数字，不是“12”。", message);
    }

    @Test
    void refusesNegativePoints() {
        assertEquals("检查项 2.1：分值不能为负数（-10）。", onlyError(withLine(2, l -> line("2.1", 2, "-10",
                "每个岗位扣1分", l.deductions(), null, null, null, VetoType.NONE))));
    }

    @Test
    void refusesAVetoLineWithPoints() {
        String message = onlyError(withLine(1, l -> line("1.2", 1, "5", l.rule(), List.of(), null, null,
                FindingKinds.PRINCIPAL_DUTIES_MISSING, VetoType.LINE)));
        assertTrue(message.startsWith("检查项 1.2：否决项不计分值，请删去分值 5"), message);
    }

    @Test
    void refusesADeductionNamingAnUnknownKindOfFinding() {
        String message = onlyError(withLine(2, l -> line("2.1", 2, "10", "每个岗位扣1分",
                List.of(new Deduction("post-without-rules", d("1"))), null, null, null, VetoType.NONE)));
        assertTrue(message.startsWith("检查项 2.1：扣分项“post-without-rules”不是本软件认识的扣分项。"), message);
    }

    @Test
    void refusesParametersThatContradictTheRuleText() {
        String message = onlyError(withLine(2, l -> line("2.1", 2, "10", "每缺一项扣1分",
                List.of(new Deduction(FindingKinds.POST_WITHOUT_PROCEDURE, d("0.5"))), null, null, null,
                VetoType.NONE)));
        assertEquals("检查项 2.1：扣分项“post-without-procedure”的每项扣分 0.5 在考评方法“每缺一项扣1分”中找不到。"
                + "考评方法的文字必须与扣分参数一致，请改正其中之一。", message);
        String cap = onlyError(withLine(2, l -> line("2.1", 2, "10", "每缺一项扣1分",
                List.of(new Deduction(FindingKinds.POST_WITHOUT_PROCEDURE, d("1"))), d("8"), null, null,
                VetoType.NONE)));
        assertTrue(cap.startsWith("检查项 2.1：封顶分值 8 在考评方法"), cap);
        String zeroAt = onlyError(withLine(2, l -> line("2.1", 2, "10", "每缺一项扣1分",
                List.of(new Deduction(FindingKinds.POST_WITHOUT_PROCEDURE, d("1"))), null, 4, null,
                VetoType.NONE)));
        assertTrue(zeroAt.startsWith("检查项 2.1：扣至零项数 4 在考评方法"), zeroAt);
        assertEquals(List.of(), validator.errors(withLine(2, l -> line("2.1", 2, "10", "每缺一项扣1分，缺4项及以上不得分",
                List.of(new Deduction(FindingKinds.POST_WITHOUT_PROCEDURE, d("1.0"))), null, 4, null,
                VetoType.NONE))), "1.0 is 1, and 4 is in the text");
    }

    @Test
    void refusesDuplicateIdsNamingTheSecond() {
        ChecklistTemplate t = withLine(3, l -> new ChecklistLine("2.1", l.item(), l.criterion(), l.points(), l.rule(),
                l.deductions(), l.cap(), l.zeroAtCount(), l.zeroIfMissing(), l.evidence(), l.notApplicable(),
                l.veto()));
        List<ChecklistProblem> errors = validator.errors(t);
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(3, errors.get(0).line());
        assertEquals("检查项 2.1：编号与前面的一条重复。每个检查项的编号必须唯一。", errors.get(0).message());
    }

    @Test
    void refusesAVetoWithoutRectificationAndAFloorWithoutPercent() {
        String rectification = onlyError(withLine(1, l -> new ChecklistLine(l.id(), l.item(), l.criterion(), null,
                l.rule(), List.of(), null, null, l.zeroIfMissing(), l.evidence(), false, new Veto(VetoType.LINE, null,
                ""))));
        assertEquals("检查项 1.2：否决项须写明否决后的整改要求。", rectification);
        String floor = onlyError(withLine(2, l -> new ChecklistLine(l.id(), l.item(), l.criterion(), l.points(),
                l.rule(), l.deductions(), null, null, null, l.evidence(), false, new Veto(VetoType.FLOOR, 150,
                "补齐"))));
        assertTrue(floor.startsWith("检查项 2.1：得分率否决须写明 1 到 100 之间的得分率下限"), floor);
    }

    @Test
    void aTotalOtherThanOneHundredIsOnlyAWarning() {
        ChecklistTemplate t = withLine(0, l -> new ChecklistLine(l.id(), l.item(), l.criterion(), d("65"), l.rule(),
                l.deductions(), l.cap(), l.zeroAtCount(), l.zeroIfMissing(), l.evidence(), false, l.veto()));
        assertEquals(List.of(), validator.errors(t));
        List<ChecklistProblem> all = validator.check(t);
        assertEquals(1, all.size());
        assertTrue(all.get(0).warning());
        assertTrue(all.get(0).message().contains("合计为 150 分"), all.get(0).message());
    }

    @Test
    void aFileThatIsNotAChecklistIsRefusedByName() throws Exception {
        Path notJson = Files.writeString(dir.resolve("名单.json"), "{\"people\": [1, 2]}");
        ChecklistException e = assertThrows(ChecklistException.class, () -> service.readJson(notJson));
        assertTrue(e.getMessage().startsWith("“名单.json”不是验收标准文件"), e.getMessage());
        Path text = Files.writeString(dir.resolve("说明.json"), "这不是 JSON");
        assertThrows(ChecklistException.class, () -> service.readJson(text));
    }

    @Test
    void theJsonFormRoundTripsAndItsHashIgnoresTrailingZeros() throws Exception {
        ChecklistJson json = new ChecklistJson();
        ChecklistTemplate standard = service.defaultTemplate();
        Path file = dir.resolve("标准.json");
        service.writeJson(standard, file);
        assertEquals(standard, service.readJson(file));
        assertEquals(json.sha256(standard), json.sha256(json.read(json.canonical(standard).replace("\"points\":15",
                "\"points\":15.0"))));
        assertTrue(json.canonical(standard).contains("\"points\":0.5"), "plain decimals, never binary fractions");
    }
}
