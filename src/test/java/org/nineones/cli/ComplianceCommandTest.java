package org.nineones.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Enterprise;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.service.training.TrainingService;
import org.nineones.store.Workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ComplianceCommandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        Services services = new Services(new Settings(dir.resolve("home")), new Messages(Locale.SIMPLIFIED_CHINESE));
        return NineonesCli.commandLine(services, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static IdNumber id(int n) {
        String first17 = "37160219800101" + String.format("%03d", n);
        return IdNumber.of(first17 + IdNumber.checkCharFor(first17));
    }

    private Path workspace() throws Exception {
        Path file = dir.resolve("张三的文件").resolve("企业.nineones");
        try (Workspace ws = Workspace.create(file, new Enterprise("示例化工", "91371600MA3C7E2X1C", "化工", true, "", "",
                "", "", ""))) {
            ws.write(store -> {
                OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "示例化工", OrgUnitKind.COMPANY, 0));
                Post op = store.posts().insert(new Post(null, company.id(), "操作工", PostCategory.OPERATOR, RiskLevel.LOW));
                Post weld = store.posts().insert(new Post(null, company.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                        RiskLevel.MAJOR));
                store.employees().saveAll(List.of(
                        new Employee(null, "合规者", Gender.MALE, id(1), "E1", "", company.id(), op.id(),
                                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null),
                        new Employee(null, "缺学时", Gender.MALE, id(2), "E2", "", company.id(), op.id(),
                                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null),
                        new Employee(null, "焊工", Gender.MALE, id(3), "E3", "", company.id(), weld.id(),
                                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "T-3", DAY.plusDays(45))));
                return null;
            });
            TrainingService service = new TrainingService(new Messages(Locale.SIMPLIFIED_CHINESE));
            List<Long> ids = ws.read(s -> s.employees().all()).stream().map(Employee::id).toList();
            for (TrainingKind kind : TrainingKind.INDUCTION) {
                long s = service.save(ws, new TrainingSession(null, LocalDate.of(2021, 1, 1).plusDays(kind.ordinal()),
                        24, kind.name(), kind, "", "", "", null)).id();
                service.addAttendees(ws, s, List.of(ids.get(0), ids.get(2)));
            }
            long annual = service.save(ws, new TrainingSession(null, DAY.minusMonths(1), 20, "年度", TrainingKind.ANNUAL,
                    "", "", "", null)).id();
            service.addAttendees(ws, annual, List.of(ids.get(0), ids.get(2)));
        }
        return file;
    }

    @Test
    void listsPeopleWithSomethingMissingOrExpiringAsJson() throws Exception {
        Path ws = workspace();
        assertEquals(0, run("compliance", "--workspace", ws.toString(), "--as-of", DAY.toString(), "--json"),
                err.toString());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("2026-11-28", json.get("asOf").asText());
        assertEquals(3, json.get("people").asInt());
        assertEquals(1, json.get("lackingHours").asInt());
        assertEquals(1, json.get("certificatesNeedingAttention").asInt());
        JsonNode list = json.get("list");
        assertEquals(2, list.size(), list.toString());
        JsonNode lacking = list.get(0).get("name").asText().equals("缺学时") ? list.get(0) : list.get(1);
        assertEquals(72.0, lacking.get("initialMissing").asDouble());
        assertEquals(20.0, lacking.get("annualMissing").asDouble());
        assertEquals(3, lacking.get("inductionMissing").size());
        assertEquals("INDUCTION_COMPANY", lacking.get("inductionMissing").get(0).asText());
        JsonNode welder = list.get(0).get("name").asText().equals("焊工") ? list.get(0) : list.get(1);
        assertEquals("WITHIN_60", welder.get("certificateState").asText());
        assertEquals(45, welder.get("daysToExpiry").asInt());
        assertEquals(0.0, welder.get("initialMissing").asDouble());
    }

    @Test
    void printsTextLinesAndEveryoneWithAll() throws Exception {
        Path ws = workspace();
        assertEquals(0, run("compliance", "--workspace", ws.toString(), "--as-of", DAY.toString(), "--all"),
                err.toString());
        String text = out.toString();
        assertTrue(text.contains("在岗 3 人，学时不足 1 人"), text);
        assertTrue(text.contains("缺学时") && text.contains("岗前学时缺 72"), text);
        assertTrue(text.contains("缺厂级安全教育、车间级安全教育、班组级安全教育"), text);
        assertTrue(text.contains("60 天内到期 " + DAY.plusDays(45)), text);
        assertTrue(text.contains("合规者") && text.contains("合规"), text);
    }

    @Test
    void anUnknownWorkspaceFailsWithASentence() {
        assertEquals(1, run("compliance", "--workspace", dir.resolve("无.nineones").toString()));
        assertTrue(!err.toString().isBlank());
    }
}
