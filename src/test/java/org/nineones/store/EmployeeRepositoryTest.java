package org.nineones.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;

/** Reading every employee at once gives each one as a single read gives it: every field, and every one left out. */
class EmployeeRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void allReadsEveryFieldAndEveryMissingOneInIdOrder() throws Exception {
        try (Workspace ws = WorkspaceFixtures.withTwoPosts(dir.resolve("people.nineones"))) {
            long company = ws.read(store -> store.orgUnits().all().get(0).id());
            Employee full = new Employee(null, "张三", Gender.MALE, IdNumber.standIn("371602", 7), "E-007",
                    "13800000000", company, 2L, LocalDate.of(2019, 3, 1), EmployeeStatus.ON_LEAVE, "T371602",
                    LocalDate.of(2027, 12, 31));
            Employee bare = new Employee(null, "李四", null, IdNumber.standIn("371602", 8), null, null, null, null,
                    null, EmployeeStatus.LEFT, null, null);
            List<Employee> written = ws.write(store -> List.of(store.employees().insert(bare),
                    store.employees().insert(full)));

            List<Employee> all = ws.read(store -> store.employees().all());

            assertEquals(List.of(written.get(0).id(), written.get(1).id()), all.stream().map(Employee::id).toList());
            assertEquals(written.get(1), all.get(1), "every field as written");
            Employee read = all.get(0);
            assertNull(read.gender());
            assertNull(read.orgUnitId());
            assertNull(read.postId());
            assertNull(read.hireDate());
            assertNull(read.certificateExpiry());
            assertEquals("", read.employeeNumber(), "texts left out are stored empty");
            assertEquals(EmployeeStatus.LEFT, read.status());
            for (Employee e : all) {
                assertEquals(ws.read(store -> store.employees().find(e.id()).orElseThrow()), e);
            }
        }
    }
}
