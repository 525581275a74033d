package org.nineones.service.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/** Who signs with whom, and at which level: table-driven over the org tree of {@link LetterFixture}. */
class SigningOrderTest {

    @TempDir
    Path dir;
    LetterFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new LetterFixture(dir.resolve("企业"));
    }

    @AfterEach
    void tearDown() {
        f.ws.close();
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                Arguments.of("王总", 1, null),
                Arguments.of("李副总", 2, "王总"),
                Arguments.of("赵安全", 3, "李副总"),
                Arguments.of("钱部长", 3, "李副总"),
                Arguments.of("孙主任", 4, "钱部长"),
                Arguments.of("周班长", 4, "孙主任"),
                Arguments.of("吴操作", 5, "周班长"),
                Arguments.of("郑焊工", 5, "孙主任"));
    }

    @ParameterizedTest(name = "{0}: level {1}, signs with {2}")
    @MethodSource("pairs")
    void eachPersonSignsWithTheOneAbove(String name, int level, String counterpart) {
        LetterRow row = row(f.letters.round(f.ws, 2026), name);
        assertEquals(level, row.level());
        if (counterpart == null) {
            assertTrue(row.counterpart().isSuperior());
            assertEquals("示范化工（上级）", row.counterpart().name());
            assertNull(row.counterpart().employeeId());
        } else {
            assertEquals(f.id(counterpart), row.counterpart().employeeId());
            assertEquals(counterpart, row.counterpart().name());
        }
    }

    @Test
    void levelsFollowThePostCategory() {
        assertEquals(1, SigningOrder.level(PostCategory.PRINCIPAL));
        assertEquals(2, SigningOrder.level(PostCategory.SAFETY_DEPUTY));
        assertEquals(3, SigningOrder.level(PostCategory.SAFETY_MANAGER));
        assertEquals(3, SigningOrder.level(PostCategory.DEPARTMENT_HEAD));
        assertEquals(4, SigningOrder.level(PostCategory.WORKSHOP_HEAD));
        assertEquals(4, SigningOrder.level(PostCategory.TEAM_LEADER));
        assertEquals(5, SigningOrder.level(PostCategory.OPERATOR));
        assertEquals(5, SigningOrder.level(PostCategory.SPECIAL_OPERATION));
    }

    @Test
    void theRoundRunsLevelByLevel() {
        List<Integer> levels = f.letters.round(f.ws, 2026).rows().stream().map(LetterRow::level).toList();
        assertEquals(List.of(1, 2, 3, 3, 4, 4, 5, 5), levels);
    }

    /** Without a deputy, department heads sign with the principal; without heads, people go up to the principal. */
    static Stream<Arguments> fallbacks() {
        OrgUnit company = new OrgUnit(1L, null, "公司", OrgUnitKind.COMPANY, 0);
        OrgUnit dept = new OrgUnit(2L, 1L, "生产部", OrgUnitKind.DEPARTMENT, 0);
        OrgUnit workshop = new OrgUnit(3L, 2L, "车间", OrgUnitKind.WORKSHOP, 0);
        OrgUnit team = new OrgUnit(4L, 3L, "甲班", OrgUnitKind.TEAM, 0);
        List<OrgUnit> units = List.of(company, dept, workshop, team);
        Post principal = new Post(10L, 1L, "厂长", PostCategory.PRINCIPAL, RiskLevel.LOW);
        Post head = new Post(11L, 2L, "部长", PostCategory.DEPARTMENT_HEAD, RiskLevel.LOW);
        Post workshopHead = new Post(12L, 3L, "主任", PostCategory.WORKSHOP_HEAD, RiskLevel.LOW);
        Post operator = new Post(13L, 4L, "操作工", PostCategory.OPERATOR, RiskLevel.LOW);
        Post leader = new Post(14L, 4L, "班长", PostCategory.TEAM_LEADER, RiskLevel.LOW);
        List<Post> posts = List.of(principal, head, workshopHead, operator, leader);
        Employee boss = employee(100, "厂长甲", principal);
        Employee deptHead = employee(101, "部长乙", head);
        Employee wsHead = employee(102, "主任丙", workshopHead);
        Employee worker = employee(103, "工人丁", operator);
        Employee teamLeader = employee(104, "班长戊", leader);
        return Stream.of(
                // no deputy: the department head signs with the principal
                Arguments.of(units, posts, List.of(boss, deptHead, wsHead, worker), deptHead, "厂长甲"),
                // no team leader: the operator signs with the workshop head
                Arguments.of(units, posts, List.of(boss, deptHead, wsHead, worker), worker, "主任丙"),
                // no workshop head: the team leader signs with the department head
                Arguments.of(units, posts, List.of(boss, deptHead, teamLeader, worker), teamLeader, "部长乙"),
                // nobody between: the operator signs with the principal
                Arguments.of(units, posts, List.of(boss, worker), worker, "厂长甲"),
                // no department head: the workshop head signs with the principal
                Arguments.of(units, posts, List.of(boss, wsHead), wsHead, "厂长甲"),
                // nobody at all above: the superior by name
                Arguments.of(units, posts, List.of(worker), worker, "公司（上级）"));
    }

    @ParameterizedTest
    @MethodSource("fallbacks")
    void whenNobodyFitsTheRoundGoesFurtherUp(List<OrgUnit> units, List<Post> posts, List<Employee> people,
                                             Employee who, String expected) {
        SigningOrder order = new SigningOrder(units, posts, people, "公司（上级）");
        assertEquals(expected, order.place(who).counterpart().name());
    }

    private static Employee employee(long id, String name, Post post) {
        return new Employee(id, name, null, null, "", "", post.orgUnitId(), post.id(), null, EmployeeStatus.ACTIVE,
                "", null);
    }

    static LetterRow row(LetterRound round, String name) {
        return round.rows().stream().filter(r -> r.employee().name().equals(name)).findFirst().orElseThrow();
    }
}
