package org.nineones.service.records;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.service.org.OrgService;
import org.nineones.service.people.PeopleService;
import org.nineones.service.workspace.RecentFiles;
import org.nineones.service.workspace.WorkspaceService;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;

/**
 * A small enterprise for the duty-record tests: 示范化工 / 生产部 / 一车间 with 张三 (A001) and 李四 (A002), a
 * service with a 1 KB attachment limit, and files to attach in a folder with a Chinese name.
 */
public final class RecordsFixture {

    public static final long LIMIT = 1024;

    public final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    public final DutyRecordService service = new DutyRecordService(messages, LIMIT);
    public final Workspace workspace;
    public final OrgUnit workshop;
    public final Employee zhang;
    public final Employee li;
    public final Path files;

    public RecordsFixture(Path dir) throws Exception {
        Path file = dir.resolve("企业").resolve("示范化工.nineones");
        workspace = new WorkspaceService(new RecentFiles(dir.resolve("recent.txt")))
                .create(file, "示范化工有限公司", TestData.CREDIT_CODE);
        OrgService org = new OrgService(messages);
        OrgUnit company = org.addUnit(workspace, null, "示范化工有限公司", OrgUnitKind.COMPANY);
        OrgUnit department = org.addUnit(workspace, company.id(), "生产部", OrgUnitKind.DEPARTMENT);
        workshop = org.addUnit(workspace, department.id(), "一车间", OrgUnitKind.WORKSHOP);
        PeopleService people = new PeopleService(messages);
        zhang = people.save(workspace, person("张三", TestData.id("37010219800101001"), "A001", workshop.id()));
        li = people.save(workspace, person("李四", TestData.id("37010219850202002"), "A002", department.id()));
        files = Files.createDirectories(dir.resolve("现场照片"));
    }

    private static Employee person(String name, String id, String number, Long unit) {
        return new Employee(null, name, Gender.MALE, IdNumber.of(id), number, "", unit, null,
                LocalDate.of(2020, 1, 1), EmployeeStatus.ACTIVE, "", null);
    }

    /** A small PNG-looking file (its signature, then {@code size - 8} bytes of pattern). */
    public Path png(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, size));
        for (int i = magic.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return Files.write(files.resolve(name), bytes);
    }

    /** A small PDF-looking file. */
    public Path pdf(String name) throws IOException {
        return Files.write(files.resolve(name), "%PDF-1.4\n% 安全例会纪要\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
    }
}
