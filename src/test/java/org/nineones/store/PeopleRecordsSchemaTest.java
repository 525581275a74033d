package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The honest-records rules of V3 (decision 0016) hold for any program that writes to the file: final records are
 * never updated or deleted, corrections need a reason, uniqueness holds on originals, closed assessments are final.
 */
class PeopleRecordsSchemaTest {

    @TempDir
    Path dir;
    private Path file;
    private Connection c;
    private Statement s;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("记录").resolve("企业.nineones");
        Workspace.create(file, WorkspaceFixtures.enterprise()).close();
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        s = c.createStatement();
        s.execute("PRAGMA foreign_keys = ON");
        s.executeUpdate("INSERT INTO org_unit (id, name, kind) VALUES (1, '公司', 'COMPANY')");
        s.executeUpdate("INSERT INTO post (id, org_unit_id, name, category, risk_level) "
                + "VALUES (1, 1, '操作工', 'OPERATOR', 'GENERAL')");
        s.executeUpdate("INSERT INTO employee (id, name, id_number, post_id, org_unit_id) "
                + "VALUES (1, '张三', '11010519491231002X', 1, 1)");
        s.executeUpdate("INSERT INTO training_session (id, held_on, hours, topic, kind, recorded_by) "
                + "VALUES (1, '2026-03-01', 8, '厂级安全教育', 'INDUCTION_COMPANY', '安全员')");
        s.executeUpdate("INSERT INTO training_attendance (id, session_id, employee_id, hours, recorded_by) "
                + "VALUES (1, 1, 1, 8, '安全员')");
        s.executeUpdate("INSERT INTO letter_signature (id, year, employee_id, post_id, signed_on, recorded_by) "
                + "VALUES (1, 2026, 1, 1, '2026-02-01', '安全员')");
        s.executeUpdate("INSERT INTO exam (id, post_id, title, held_on, recorded_by) "
                + "VALUES (1, 1, '操作工考试', '2026-03-02', '安全员')");
        s.executeUpdate("INSERT INTO exam_result (id, exam_id, employee_id, score, passed, recorded_by) "
                + "VALUES (1, 1, 1, 80, 1, '安全员')");
        s.executeUpdate("INSERT INTO reward_entry (id, occurred_on, employee_id, kind, reason, approved_by, recorded_by) "
                + "VALUES (1, '2026-04-01', 1, 'REWARD', '及时报告隐患', '厂长', '安全员')");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @ParameterizedTest
    @CsvSource({
            "letter_signature, signed_on = '2026-02-02'",
            "training_attendance, hours = 16",
            "exam_result, score = 100",
            "reward_entry, amount = 500"})
    void aFinalRecordCannotBeUpdatedOrDeleted(String table, String change) throws SQLException {
        SQLException update = assertThrows(SQLException.class,
                () -> s.executeUpdate("UPDATE " + table + " SET " + change + " WHERE id = 1"));
        assertTrue(update.getMessage().contains("correction"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> s.executeUpdate("DELETE FROM " + table + " WHERE id = 1"));
        assertTrue(delete.getMessage().contains("correction"), delete.getMessage());
        assertEquals(1, count(table));
    }

    @Test
    void aCorrectionNeedsAReasonAndCorrectsARowOnce() throws SQLException {
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO exam_result "
                + "(exam_id, employee_id, score, passed, corrects_id, correction_reason, recorded_by) "
                + "VALUES (1, 1, 90, 1, 1, '  ', '安全员')"));
        s.executeUpdate("INSERT INTO exam_result (id, exam_id, employee_id, score, passed, corrects_id, "
                + "correction_reason, recorded_by) VALUES (2, 1, 1, 90, 1, 1, '阅卷时漏加一题', '安全员')");
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO exam_result "
                + "(exam_id, employee_id, score, passed, corrects_id, correction_reason, recorded_by) "
                + "VALUES (1, 1, 95, 1, 1, '又改', '安全员')"));
        try (ResultSet r = s.executeQuery("SELECT score FROM exam_result e WHERE voided = 0 AND NOT EXISTS "
                + "(SELECT 1 FROM exam_result c WHERE c.corrects_id = e.id)")) {
            assertTrue(r.next());
            assertEquals(90.0, r.getDouble(1));
            assertFalse(r.next());
        }
    }

    @Test
    void aPersonSignsInToASessionOnce() {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO training_attendance "
                + "(session_id, employee_id, hours, recorded_by) VALUES (1, 1, 8, '安全员')"));
        assertTrue(e.getMessage().contains("UNIQUE"), e.getMessage());
    }

    @Test
    void aRewardNamesAPersonOrAUnitNotBoth() {
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO reward_entry "
                + "(occurred_on, employee_id, org_unit_id, kind, reason, approved_by, recorded_by) "
                + "VALUES ('2026-04-01', 1, 1, 'PENALTY', '违章', '厂长', '安全员')"));
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO reward_entry "
                + "(occurred_on, kind, reason, approved_by, recorded_by) "
                + "VALUES ('2026-04-01', 'PENALTY', '违章', '厂长', '安全员')"));
    }

    @Test
    void aClosedAssessmentIsFinalAndNeedsBothSignatures() throws SQLException {
        s.executeUpdate("INSERT INTO assessment_period (id, kind, starts_on, ends_on) "
                + "VALUES (1, 'MONTH', '2026-05-01', '2026-05-31')");
        s.executeUpdate("INSERT INTO assessment (id, period_id, employee_id, post_id, recorded_by) "
                + "VALUES (1, 1, 1, 1, '安全员')");
        s.executeUpdate("INSERT INTO assessment_item (assessment_id, position, duty, max_points, points) "
                + "VALUES (1, 1, '巡回检查', 10, 8)");
        assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE assessment SET status = 'CLOSED', "
                + "score = 80, rating = 'GOOD', assessor = '李四', assessor_signed_on = '2026-06-01', "
                + "closed_at = '2026-06-01' WHERE id = 1"), "the assessee's signature is missing");
        s.executeUpdate("UPDATE assessment SET status = 'CLOSED', score = 80, rating = 'GOOD', assessor = '李四', "
                + "assessor_signed_on = '2026-06-01', assessee_signed_on = '2026-06-01', closed_at = '2026-06-01' "
                + "WHERE id = 1");
        assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE assessment SET score = 95 WHERE id = 1"));
        assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM assessment WHERE id = 1"));
        assertThrows(SQLException.class,
                () -> s.executeUpdate("UPDATE assessment_item SET points = 10 WHERE assessment_id = 1"));
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO assessment_item "
                + "(assessment_id, position, duty, max_points, points) VALUES (1, 2, '交接班', 10, 10)"));
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO assessment_item "
                + "(assessment_id, position, duty, max_points, points) VALUES (1, 3, '交接班', 10, 11)"));
    }

    @Test
    void anExamWithResultsKeepsItsPaperAndAnInterviewAndAScanAreKept() throws SQLException {
        s.executeUpdate("INSERT INTO exam_question (id, post_id, kind, stem, answer, origin) "
                + "VALUES (1, 1, 'TRUE_FALSE', '进入装置区须佩戴安全帽。', '对', 'GENERATED')");
        assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO exam_paper_question "
                + "(exam_id, position, question_id, points) VALUES (1, 1, 1, 100)"), "the exam has a result");
        assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE exam SET pass_mark = 90 WHERE id = 1"));
        assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM exam WHERE id = 1"));
        s.executeUpdate("INSERT INTO exam (id, post_id, title, held_on, recorded_by) "
                + "VALUES (2, 1, '补考', '2026-03-09', '安全员')");
        s.executeUpdate("INSERT INTO exam_paper_question (exam_id, position, question_id, points) VALUES (2, 1, 1, 100)");
        assertThrows(SQLException.class,
                () -> s.executeUpdate("UPDATE exam_question SET answer = '错' WHERE id = 1"), "the question is on a paper");
        s.executeUpdate("UPDATE exam_question SET retired = 1 WHERE id = 1");
        s.executeUpdate("UPDATE exam SET title = '补考（第二次）' WHERE id = 2");

        s.executeUpdate("INSERT INTO attachment (id, file_name, media_type, sha256, size, content, recorded_by) "
                + "VALUES (1, '签字页.pdf', 'application/pdf', '" + "a".repeat(64) + "', 1, x'25', '安全员')");
        assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM attachment WHERE id = 1"));
        s.executeUpdate("INSERT INTO assessment_period (id, kind, starts_on, ends_on) "
                + "VALUES (1, 'MONTH', '2026-05-01', '2026-05-31')");
        s.executeUpdate("INSERT INTO assessment (id, period_id, employee_id, post_id, recorded_by) "
                + "VALUES (1, 1, 1, 1, '安全员')");
        s.executeUpdate("INSERT INTO interview (id, employee_id, assessment_id, held_on, held_by, recorded_by) "
                + "VALUES (1, 1, 1, '2026-06-02', '厂长', '安全员')");
        assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM interview WHERE id = 1"));
    }

    @Test
    void peopleWithRecordsAndTheirPostAreKept() throws Exception {
        c.close();
        try (Workspace ws = Workspace.open(file)) {
            assertTrue((boolean) ws.read(st -> st.employees().hasRecords(1)));
            assertTrue((boolean) ws.read(st -> st.posts().hasRecords(1)));
        }
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        s = c.createStatement();
        s.execute("PRAGMA foreign_keys = ON");
        assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM employee WHERE id = 1"));
    }

    private int count(String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }
}
