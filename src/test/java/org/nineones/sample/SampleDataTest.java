package org.nineones.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.CreditCode;
import org.nineones.model.Enterprise;
import org.nineones.model.IdNumber;

/** The sample enterprise in {@code sample-data/}: what it contains, and that it is what the generator makes. */
class SampleDataTest {

    @TempDir
    Path dir;

    private static Path committedRoster() {
        String folder = System.getProperty("nineones.sampleData", "sample-data");
        return Path.of(folder).resolve(SampleEnterprise.ROSTER_FILE);
    }

    @Test
    void committedRosterIsExactlyWhatTheGeneratorMakes() throws Exception {
        Path fresh = dir.resolve("张三的文件").resolve(SampleEnterprise.ROSTER_FILE);
        RosterGenerator.sample().write(fresh);
        assertEquals(WorkbookText.dump(fresh), WorkbookText.dump(committedRoster()),
                "sample-data is stale: regenerate it as sample-data/README.md says");
    }

    @Test
    void rosterShipsOnTheClassPath() throws Exception {
        try (InputStream in = SampleDataTest.class.getResourceAsStream(SampleEnterprise.ROSTER_RESOURCE)) {
            assertNotNull(in, SampleEnterprise.ROSTER_RESOURCE);
            assertEquals(WorkbookText.dump(committedRoster()), WorkbookText.dump(in));
        }
    }

    @Test
    void sampleIsAChemicalPlantOfAbout200PeopleWithAbout25Posts() throws Exception {
        List<List<String>> table = WorkbookText.rosterTable(committedRoster());
        List<List<String>> people = table.subList(1, table.size() - 1);
        assertEquals(200, people.size());
        assertEquals("合计", table.get(table.size() - 1).get(0));
        Set<String> posts = new HashSet<>();
        people.forEach(p -> posts.add(p.get(7)));
        assertTrue(posts.size() >= 22 && posts.size() <= 30, "posts: " + posts);
        people.forEach(p -> assertTrue(IdNumber.check(p.get(3)).valid(), p.toString()));
    }

    @Test
    void sampleHasThreeLevelsOfOrgUnits() throws Exception {
        List<List<String>> table = WorkbookText.rosterTable(committedRoster());
        List<List<String>> people = table.subList(1, table.size() - 1);
        Set<String> departments = new HashSet<>();
        Set<String> teams = new HashSet<>();
        people.forEach(p -> {
            departments.add(p.get(5));
            if (!p.get(6).isEmpty()) {
                teams.add(p.get(5) + "/" + p.get(6));
            }
        });
        assertTrue(departments.containsAll(List.of("生产一车间", "生产二车间", "储运部", "设备部", "安全环保部", "质检中心",
                "综合办公室")), departments.toString());
        assertTrue(teams.containsAll(List.of("生产一车间/甲班", "储运部/装卸班", "设备部/电仪班")), teams.toString());
        assertTrue(teams.size() >= 10, teams.toString());
    }

    @Test
    void sampleHasSpecialOperationWorkersWithCertificates() throws Exception {
        List<List<String>> table = WorkbookText.rosterTable(committedRoster());
        Set<String> certified = new HashSet<>();
        for (List<String> p : table.subList(1, table.size() - 1)) {
            if (!p.get(10).isEmpty()) {
                certified.add(p.get(7));
                assertTrue(!p.get(11).isEmpty(), "certificate without expiry: " + p);
            }
        }
        assertTrue(certified.containsAll(List.of("电工", "焊工", "叉车司机", "起重机司机", "司炉工", "加氢工艺操作工")),
                certified.toString());
    }

    @Test
    void sampleProfileIsAHighRiskChemicalPlantInBinchengWithAValidCreditCode() {
        Enterprise e = SampleEnterprise.profile();
        assertTrue(CreditCode.check(e.creditCode()).valid());
        assertEquals("化工", e.industry());
        assertTrue(e.highRisk());
        assertEquals("滨城区", e.county());
        assertEquals(RosterGenerator.sample().build().rows().get(0).name(), e.principal());
        assertTrue(!e.address().isEmpty() && !e.contactPhone().isEmpty() && !e.emergencyPhone().isEmpty());
        assertTrue(Files.exists(committedRoster()));
    }
}
