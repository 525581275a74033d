package org.nineones.service.roster;

import static org.nineones.excel.TestWorkbooks.rows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.excel.TestWorkbooks;
import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.store.WorkspaceException;

/** A workspace and roster files for import tests, under a folder with a Chinese name. */
final class RosterFixture {

    static final String COMPANY = "齐鲁精细化工有限公司";
    static final Object[] HEADER = {"序号", "姓名", "身份证号", "部门", "班组", "岗位", "入职日期", "联系电话",
            "特种作业证号", "有效期"};

    final Path folder;
    final Services services;

    RosterFixture(Path tempDir) {
        this.folder = tempDir.resolve("张三的文件");
        this.services = new Services(new Settings(tempDir.resolve("设置")), new Messages(Locale.SIMPLIFIED_CHINESE));
    }

    static String creditCode() {
        String first17 = "91371600MA3C12345";
        return first17 + CreditCode.checkCharFor(first17);
    }

    Workspace workspace(String name) throws WorkspaceException {
        return services.workspaces().create(folder.resolve(name), COMPANY, creditCode());
    }

    RosterImportService service() {
        return services.rosterImport();
    }

    /** A roster with a title row above the standard header and these data rows (from Excel row 3). */
    Path roster(String name, Object[]... data) throws IOException {
        return TestWorkbooks.xlsx(folder.resolve(name), wb -> {
            Sheet sheet = wb.createSheet("花名册");
            rows(sheet, 0, new Object[] {COMPANY + "员工花名册"});
            rows(sheet, 1, HEADER);
            rows(sheet, 2, data);
        });
    }
}
