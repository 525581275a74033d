package org.nineones.store;

import static org.nineones.store.jooq.Tables.ASSESSMENT;
import static org.nineones.store.jooq.Tables.EMPLOYEE;
import static org.nineones.store.jooq.Tables.EXAM_RESULT;
import static org.nineones.store.jooq.Tables.INTERVIEW;
import static org.nineones.store.jooq.Tables.MEASURE_VERSION;
import static org.nineones.store.jooq.Tables.LETTER_SIGNATURE;
import static org.nineones.store.jooq.Tables.REWARD_ENTRY;
import static org.nineones.store.jooq.Tables.TRAINING_ATTENDANCE;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.store.jooq.tables.records.EmployeeRecord;

/** Employees; bulk writes go through one prepared JDBC batch for speed. */
public final class EmployeeRepository {

    private static final String INSERT_SQL = "INSERT INTO employee (name, gender, id_number, employee_number, phone, "
            + "org_unit_id, post_id, hire_date, status, certificate_number, certificate_expiry) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_ALL_SQL = "SELECT id, name, gender, id_number, employee_number, phone, "
            + "org_unit_id, post_id, hire_date, status, certificate_number, certificate_expiry FROM employee ORDER BY id";
    private static final String UPDATE_SQL = "UPDATE employee SET name = ?, gender = ?, id_number = ?, "
            + "employee_number = ?, phone = ?, org_unit_id = ?, post_id = ?, hire_date = ?, status = ?, "
            + "certificate_number = ?, certificate_expiry = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?";

    private final DSLContext dsl;

    EmployeeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every employee in id order. Read through plain JDBC: checks and ledgers read all ten thousand people several
     * times, and jOOQ's records cost more than the reading itself.
     */
    public List<Employee> all() {
        return dsl.connectionResult(c -> {
            List<Employee> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT_ALL_SQL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String gender = rs.getString(3);
                    list.add(new Employee(rs.getLong(1), rs.getString(2), gender == null ? null : Gender.valueOf(gender),
                            IdNumber.of(rs.getString(4)), rs.getString(5), rs.getString(6), Ids.orNull(rs, 7),
                            Ids.orNull(rs, 8), date(rs.getString(9)), EmployeeStatus.valueOf(rs.getString(10)),
                            rs.getString(11), date(rs.getString(12))));
                }
            }
            return list;
        });
    }

    public Optional<Employee> find(long id) {
        return dsl.selectFrom(EMPLOYEE).where(EMPLOYEE.ID.eq((int) id)).fetchOptional().map(EmployeeRepository::toModel);
    }

    public Optional<Employee> findByIdNumber(IdNumber idNumber) {
        return dsl.selectFrom(EMPLOYEE).where(EMPLOYEE.ID_NUMBER.eq(idNumber.value())).fetchOptional()
                .map(EmployeeRepository::toModel);
    }

    /** Database ids of all employees keyed by ID number (for matching on re-import). */
    public Map<String, Long> idsByIdNumber() {
        Map<String, Long> ids = new HashMap<>();
        dsl.select(EMPLOYEE.ID, EMPLOYEE.ID_NUMBER).from(EMPLOYEE)
                .forEach(r -> ids.put(r.value2(), r.value1().longValue()));
        return ids;
    }

    public int count() {
        return dsl.fetchCount(EMPLOYEE);
    }

    public Employee insert(Employee e) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_SQL, PreparedStatement.RETURN_GENERATED_KEYS)) {
                bind(ps, e);
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return e.withId(keys.getLong(1));
                }
            }
        });
    }

    public void update(Employee e) {
        dsl.connection(c -> {
            try (PreparedStatement ps = c.prepareStatement(UPDATE_SQL)) {
                bind(ps, e);
                ps.setLong(12, e.id());
                ps.executeUpdate();
            }
        });
    }

    /**
     * True when people's records name this person (a signed letter, as signer or counterpart, an attendance, an exam
     * result, a reward or penalty, an assessment, an interview, a rectification measure they own): such a person is
     * kept, marked as having left.
     */
    public boolean hasRecords(long id) {
        int key = (int) id;
        return dsl.fetchExists(LETTER_SIGNATURE, LETTER_SIGNATURE.EMPLOYEE_ID.eq(key)
                        .or(LETTER_SIGNATURE.COUNTERPART_EMPLOYEE_ID.eq(key)))
                || dsl.fetchExists(TRAINING_ATTENDANCE, TRAINING_ATTENDANCE.EMPLOYEE_ID.eq(key))
                || dsl.fetchExists(EXAM_RESULT, EXAM_RESULT.EMPLOYEE_ID.eq(key))
                || dsl.fetchExists(REWARD_ENTRY, REWARD_ENTRY.EMPLOYEE_ID.eq(key))
                || dsl.fetchExists(ASSESSMENT, ASSESSMENT.EMPLOYEE_ID.eq(key))
                || dsl.fetchExists(INTERVIEW, INTERVIEW.EMPLOYEE_ID.eq(key))
                || dsl.fetchExists(MEASURE_VERSION, MEASURE_VERSION.OWNER_ID.eq(key));
    }

    public void delete(long id) {
        dsl.deleteFrom(EMPLOYEE).where(EMPLOYEE.ID.eq((int) id)).execute();
    }

    /** Inserts the employees without an id and updates those with one, in one batch each. */
    public void saveAll(List<Employee> employees) {
        dsl.connection(c -> {
            try (PreparedStatement insert = c.prepareStatement(INSERT_SQL);
                 PreparedStatement update = c.prepareStatement(UPDATE_SQL)) {
                for (Employee e : employees) {
                    if (e.id() == null) {
                        bind(insert, e);
                        insert.addBatch();
                    } else {
                        bind(update, e);
                        update.setLong(12, e.id());
                        update.addBatch();
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
        });
    }

    private static void bind(PreparedStatement ps, Employee e) throws SQLException {
        ps.setString(1, e.name());
        ps.setString(2, e.gender() == null ? null : e.gender().name());
        ps.setString(3, e.idNumber().value());
        ps.setString(4, nz(e.employeeNumber()));
        ps.setString(5, nz(e.phone()));
        setLong(ps, 6, e.orgUnitId());
        setLong(ps, 7, e.postId());
        ps.setString(8, e.hireDate() == null ? null : e.hireDate().toString());
        ps.setString(9, (e.status() == null ? EmployeeStatus.ACTIVE : e.status()).name());
        ps.setString(10, nz(e.certificateNumber()));
        ps.setString(11, e.certificateExpiry() == null ? null : e.certificateExpiry().toString());
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, value);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Employee toModel(EmployeeRecord r) {
        return new Employee(r.getId().longValue(), r.getName(), r.getGender() == null ? null : Gender.valueOf(r.getGender()),
                IdNumber.of(r.getIdNumber()), r.getEmployeeNumber(), r.getPhone(),
                r.getOrgUnitId() == null ? null : r.getOrgUnitId().longValue(),
                r.getPostId() == null ? null : r.getPostId().longValue(), date(r.getHireDate()),
                EmployeeStatus.valueOf(r.getStatus()), r.getCertificateNumber(), date(r.getCertificateExpiry()));
    }

    private static LocalDate date(String s) {
        return IsoDates.date(s);
    }

}
