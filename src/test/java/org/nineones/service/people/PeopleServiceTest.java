package org.nineones.service.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.CreditCode;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Enterprise;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.store.AuditLog;
import org.nineones.store.Workspace;

class PeopleServiceTest {

    private static final String FIRST17 = "37160219850312001";
    private static final IdNumber ID = IdNumber.of(FIRST17 + IdNumber.checkCharFor(FIRST17));

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final PeopleService service = new PeopleService(new Messages(Locale.SIMPLIFIED_CHINESE));

    @BeforeEach
    void createWorkspace() throws Exception {
        String code = "91371600MA3C00001" + CreditCode.checkCharFor("91371600MA3C00001");
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", code, "", false, "", "", "", "", ""));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    private static Employee zhang(Long id, String name) {
        return new Employee(id, name, Gender.MALE, ID, " A001 ", "138 0000 0000", null, null,
                LocalDate.of(2020, 3, 5), EmployeeStatus.ACTIVE, "", null);
    }

    @Test
    void savesANewEmployeeTrimmedWithAnAuditEntryThatNamesButDoesNotExposeTheId() {
        Employee saved = service.save(ws, zhang(null, " 张伟 "));

        Employee read = service.list(ws).employees().get(0);
        assertEquals(saved.id(), read.id());
        assertEquals("张伟", read.name());
        assertEquals("A001", read.employeeNumber());
        assertEquals("13800000000", read.phone());
        AuditLog.Entry entry = ws.read(s -> s.audit().latest(1)).get(0);
        assertEquals("create", entry.action());
        assertEquals("张伟", entry.detail());
        assertFalse(entry.detail().contains(ID.value()));
    }

    @Test
    void updatesAnExistingEmployee() {
        Employee saved = service.save(ws, zhang(null, "张伟"));
        service.save(ws, zhang(saved.id(), "张伟明"));

        assertEquals(1, service.list(ws).employees().size());
        assertEquals("张伟明", service.list(ws).employees().get(0).name());
    }

    @Test
    void refusesTheSameIdNumberForASecondPerson() {
        service.save(ws, zhang(null, "张伟"));

        PeopleRuleException e = assertThrows(PeopleRuleException.class, () -> service.save(ws, zhang(null, "李娜")));
        assertEquals("身份证号 " + ID.masked() + " 已属于 张伟，同一个人不能登记两次。请核对身份证号。", e.getMessage());
        assertEquals(1, service.list(ws).employees().size());
    }

    @Test
    void refusesABlankNameAFutureHireDateAndACertificateWithoutExpiry() {
        assertThrows(PeopleRuleException.class, () -> service.save(ws, zhang(null, "\u3000")));
        assertThrows(PeopleRuleException.class, () -> service.save(ws, new Employee(null, "张伟", null, ID, "", "",
                null, null, LocalDate.now().plusDays(1), EmployeeStatus.ACTIVE, "", null)));
        assertThrows(PeopleRuleException.class, () -> service.save(ws, new Employee(null, "张伟", null, ID, "", "",
                null, null, null, EmployeeStatus.ACTIVE, "T123", null)));
        assertEquals(0, service.list(ws).employees().size());
    }

    @Test
    void deletesAnEmployeeWithAnAuditEntry() {
        Employee saved = service.save(ws, zhang(null, "张伟"));
        service.delete(ws, saved.id());

        assertEquals(0, service.list(ws).employees().size());
        assertEquals("delete", ws.read(s -> s.audit().latest(1)).get(0).action());
    }
}
