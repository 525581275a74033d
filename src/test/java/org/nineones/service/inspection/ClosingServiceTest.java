package org.nineones.service.inspection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.inspection.ClosingAnswer;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.FindingClosing.State;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.pack.PackageFingerprint;
import org.nineones.service.problems.ProblemException;
import org.nineones.store.InspectionFile;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * The closing package round trip with real files ({@link ClosingFixture}): what the enterprise's package holds, its
 * import into the inspector's file with each finding's state, accepting and sending back, and every refusal with its
 * sentence and nothing written.
 */
class ClosingServiceTest {

    private static final ClosingFixture F = ClosingFixture.get();

    @TempDir
    Path dir;
    private InspectionFile file;
    private Inspection inspection;
    private ClosingService closings;

    @BeforeEach
    void open() throws Exception {
        file = F.services.inspections().open(F.inspectionCopy(dir));
        inspection = F.services.inspections().inspections(file).get(0);
        closings = F.services.closings();
    }

    @AfterEach
    void close() {
        file.close();
    }

    private int packages() {
        return closings.packages(file, inspection).size();
    }

    private void refused(ClosingException.Reason reason, String sentence, Executable action) {
        int before = packages();
        ClosingException e = assertThrows(ClosingException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(sentence), e.getMessage());
        assertEquals(before, packages(), "nothing written");
    }

    @Test
    void theEnterprisesPackageCarriesEveryFindingWithItsMeasuresAndEvidenceByteForByte() {
        ClosingFile.Content content = new ClosingFile(F.services.messages()).read(F.closing);
        FindingsFile.Content findings = F.services.findingsFiles().read(F.findings);
        assertEquals(PackageFingerprint.of(F.findings), content.findingsFingerprint());
        assertEquals(F.inspectionUid, content.inspectionUid());
        assertEquals(findings.creditCode(), content.creditCode());
        assertEquals(findings.findings().stream().map(f -> f.uid()).toList(),
                content.answers().stream().map(ClosingFile.Answer::findingUid).toList());
        ClosingFile.MeasureAnswer done = content.answers().get(0).measures().get(0);
        assertEquals(MeasureStatus.DONE, done.status());
        assertEquals("补贴风险告知卡", done.text());
        assertTrue(done.doneOn() != null && done.addedOn() != null, done.toString());
        assertEquals(2, done.evidence().size(), "the duty record's file and the photo");
        assertArrayEquals(F.recordFile, done.evidence().get(0).content());
        assertTrue(done.evidence().get(0).what().contains("风险告知卡张贴情况检查"), done.evidence().get(0).what());
        assertArrayEquals(F.photo, done.evidence().get(1).content());
        assertEquals("整改后照片.png", done.evidence().get(1).fileName());
        assertEquals(MeasureStatus.IN_PROGRESS, content.answers().get(1).measures().get(0).status());
    }

    @Test
    void importedFindingsShowTheirStatesAndTheInspectorAcceptsOrSendsBack() {
        List<FindingClosing> before = closings.states(file, inspection);
        assertTrue(before.stream().allMatch(f -> f.state() == State.OPEN && f.answer() == null), before.toString());

        ClosingImportResult result = closings.importPackage(file, F.closing);
        assertFalse(result.alreadyImported());
        List<FindingClosing> states = result.findings();
        assertTrue(states.size() >= 2, states.toString());
        assertTrue(result.summary().contains("答复问题 " + states.size() + " 个，其中整改完成 1 个"), result.summary());
        assertEquals(State.CLOSED, states.get(0).state());
        assertTrue(states.subList(1, states.size()).stream().allMatch(f -> f.state() == State.OPEN
                && f.answer().measures().get(0).status() == MeasureStatus.IN_PROGRESS), states.toString());
        ClosingAnswer.Evidence photo = states.get(0).answer().measures().get(0).evidence().get(1);
        assertArrayEquals(F.photo, closings.evidence(file, photo), "the evidence is kept in the inspection file");

        ClosingImportResult again = closings.importPackage(file, F.closing);
        assertTrue(again.alreadyImported());
        assertTrue(again.summary().contains("已于"), again.summary());
        assertEquals(1, packages(), "importing the same package twice changes nothing");

        String first = states.get(0).finding().uid();
        String second = states.get(1).finding().uid();
        refused(ClosingException.Reason.NOT_DONE, "尚未完成", () -> closings.accept(file, inspection, second));
        refused(ClosingException.Reason.NOT_CLOSED, "无需退回", () -> closings.reopen(file, inspection, second, "x"));
        refused(ClosingException.Reason.NO_REASON, "须写明原因", () -> closings.reopen(file, inspection, first, " "));

        assertEquals(State.ACCEPTED, closings.accept(file, inspection, first).state());
        refused(ClosingException.Reason.ACCEPTED, "已验收", () -> closings.accept(file, inspection, first));
        FindingClosing reopened = closings.reopen(file, inspection, first, "照片看不出张贴位置");
        assertEquals(State.OPEN, reopened.state());
        assertTrue(reopened.sentBack());
        assertEquals("照片看不出张贴位置", reopened.decision().reason());
        assertEquals(State.OPEN, closings.importPackage(file, F.closing).findings().get(0).state(),
                "the same package again does not undo the sending back");
    }

    @Test
    void theFilesTriggersKeepEveryClosingRowFinal() throws Exception {
        closings.importPackage(file, F.closing);
        closings.accept(file, inspection, closings.states(file, inspection).get(0).finding().uid());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.file()); Statement s = c.createStatement()) {
            for (String sql : List.of("UPDATE closing_package SET file_name = 'x'", "DELETE FROM closing_package",
                    "UPDATE closing_measure SET status = 'DONE'", "DELETE FROM closing_evidence",
                    "DELETE FROM closing_answer", "UPDATE closing_decision SET decision = 'REOPENED'",
                    "DELETE FROM closing_decision")) {
                assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
            }
        }
    }

    @Test
    void anAlteredPackageIsRefusedNamingTheFile() throws Exception {
        byte[] bytes = Files.readAllBytes(F.closing);
        byte[] part = "补贴风险告知卡".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, part);
        assertTrue(at > 0, "closing.json is stored as it is");
        bytes[at + 3] ^= 1;
        Path altered = Files.write(dir.resolve("改过的回复包.zip"), bytes);
        InspectionException e = assertThrows(InspectionException.class, () -> closings.importPackage(file, altered));
        assertEquals(InspectionException.Reason.ALTERED, e.reason());
        assertTrue(e.getMessage().contains("整改回复包“改过的回复包.zip”未通过校验"), e.getMessage());
        assertTrue(e.getMessage().contains("closing.json"), e.getMessage());
        assertEquals(0, packages(), "nothing written");
        InspectionException findings = assertThrows(InspectionException.class,
                () -> closings.importPackage(file, F.findings));
        assertTrue(findings.getMessage().contains("不是企业的整改回复包"), findings.getMessage());
        InspectionException asPackage = assertThrows(InspectionException.class, () -> F.services.inspections()
                .openPackage(file, F.closing, null, org.nineones.service.Progress.NONE));
        assertTrue(asPackage.getMessage().contains("是企业的整改回复包，不是验收资料包"), asPackage.getMessage());
    }

    @Test
    void aPackageForAnotherEnterpriseAnotherInspectionOrFindingsNotHereIsRefused() {
        ClosingFile writer = new ClosingFile(F.services.messages());
        ClosingFile.Content ours = writer.read(F.closing);
        ClosingFile.Content other = new ClosingFile.Content(ours.findingsFingerprint(), ours.inspectionUid(),
                ours.packageFingerprint(), "青岛另一化工有限公司", TestData.creditCode("91370200MA3C00002"), ours.date(),
                ours.answers());
        Path otherZip = writer.write(other, dir.resolve("别家的回复包.zip")).file();
        refused(ClosingException.Reason.OTHER_ENTERPRISE, "是 青岛另一化工有限公司",
                () -> closings.importPackage(file, otherZip));

        ClosingFile.Content elsewhere = new ClosingFile.Content(ours.findingsFingerprint(),
                "0f8fad5b-d9cb-469f-a165-70867728950e", ours.packageFingerprint(), ours.enterpriseName(),
                ours.creditCode(), ours.date(), ours.answers());
        Path elsewhereZip = writer.write(elsewhere, dir.resolve("别的检查.zip")).file();
        refused(ClosingException.Reason.UNKNOWN_INSPECTION, "本检查档案中没有整改回复包“别的检查.zip”所答复的检查",
                () -> closings.importPackage(file, elsewhereZip));

        List<ClosingFile.Answer> answers = new ArrayList<>(ours.answers());
        answers.add(new ClosingFile.Answer("a1b2c3d4-0000-4000-8000-000000000009", "", "别处的问题", null, List.of()));
        Path notOurs = writer.write(new ClosingFile.Content(ours.findingsFingerprint(), ours.inspectionUid(),
                ours.packageFingerprint(), ours.enterpriseName(), ours.creditCode(), ours.date(), answers),
                dir.resolve("多答的回复包.zip")).file();
        refused(ClosingException.Reason.UNKNOWN_FINDINGS, "答复了这次检查中没有的问题（编号 a1b2c3d4-0000-4000-8000-000000000009",
                () -> closings.importPackage(file, notOurs));
        assertNull(closings.states(file, inspection).get(0).answer());
    }

    @Test
    void theEnterpriseIsToldWhenTheFindingsFileWasNotImported() throws Exception {
        Path copy = Files.copy(F.workspace, dir.resolve("企业副本" + Workspace.EXTENSION));
        try (Workspace ws = F.services.workspaces().open(copy)) {
            ProblemException e = assertThrows(ProblemException.class, () -> F.services.problems()
                    .closingPackage(ws, "1234", dir.resolve("x.zip")));
            assertEquals(ProblemException.Reason.UNKNOWN_FINDINGS, e.reason());
            assertTrue(e.getMessage().contains("本工作文件中没有导入过“1234”这份检查发现问题清单"), e.getMessage());
            assertFalse(Files.exists(dir.resolve("x.zip")));
            ClosingFile.Content byFingerprint = F.services.problems().closingContent(ws,
                    PackageFingerprint.of(F.findings).toUpperCase());
            assertEquals(F.inspectionUid, byFingerprint.inspectionUid(), "a fingerprint in capitals names it too");
            InspectionException asFindings = assertThrows(InspectionException.class,
                    () -> F.services.problems().importFindings(ws, F.closing));
            assertTrue(asFindings.getMessage().contains("是企业的整改回复包，不是检查发现问题清单"),
                    asFindings.getMessage());
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (java.util.Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }
}
