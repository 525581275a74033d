package org.nineones.excel.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.nineones.model.Employee;
import org.nineones.model.Gender;
import org.nineones.model.Messages;
import org.nineones.model.Post;

/**
 * Sheet 人员责任登记册: one row per person on the register, ID number masked, with blank signature and date
 * columns for the person to sign on paper. Rows are tall enough to sign in.
 */
final class PeopleRegisterSheet {

    private PeopleRegisterSheet() {
    }

    static void write(WorkbookContext ctx) {
        Messages m = ctx.messages;
        SheetBuilder sheet = new SheetBuilder(ctx.workbook, ctx.styles, m, ctx.enterpriseName(),
                m.get("pack.sheet.register"),
                List.of(column(m, "seq", 3), column(m, "name", 5), column(m, "gender", 3), column(m, "idNumber", 10),
                        column(m, "employeeNumber", 5), column(m, "orgUnit", 14), column(m, "post", 9),
                        column(m, "hireDate", 6), column(m, "certificate", 10), column(m, "certificateExpiry", 6),
                        column(m, "signature", 7), column(m, "signDate", 6)),
                true);
        int seq = 0;
        for (Employee e : ctx.registered) {
            Row row = sheet.row(24);
            Post post = e.postId() == null ? null : ctx.postsById.get(e.postId());
            Gender gender = e.gender() != null ? e.gender() : e.idNumber().gender();
            sheet.number(row, 0, ++seq, ctx.styles.centred);
            sheet.text(row, 1, e.name(), ctx.styles.text);
            sheet.text(row, 2, m.of(gender), ctx.styles.centred);
            sheet.text(row, 3, e.idNumber().masked(), ctx.styles.centred);
            sheet.text(row, 4, e.employeeNumber(), ctx.styles.centred);
            sheet.text(row, 5, ctx.tree.path(ctx.orgUnitOf(e)), ctx.styles.text);
            sheet.text(row, 6, post == null ? "" : post.name(), ctx.styles.text);
            sheet.date(row, 7, e.hireDate());
            sheet.text(row, 8, e.certificateNumber(), ctx.styles.centred);
            sheet.date(row, 9, e.certificateExpiry());
            sheet.text(row, 10, "", ctx.styles.text);
            sheet.text(row, 11, "", ctx.styles.text);
        }
        sheet.autoFilter();
    }

    private static SheetBuilder.Column column(Messages m, String key, int width) {
        return new SheetBuilder.Column(m.get("pack.register.header." + key), width);
    }
}
