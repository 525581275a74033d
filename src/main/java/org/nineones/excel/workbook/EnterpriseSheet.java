package org.nineones.excel.workbook;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;

/** Sheet 企业信息: the enterprise profile and the record counts, one item a row. */
final class EnterpriseSheet {

    private EnterpriseSheet() {
    }

    static void write(WorkbookContext ctx, WorkbookSummary summary) {
        Messages m = ctx.messages;
        SheetBuilder sheet = new SheetBuilder(ctx.workbook, ctx.styles, m, ctx.enterpriseName(),
                m.get("pack.sheet.enterprise"),
                List.of(new SheetBuilder.Column(m.get("pack.enterprise.header.item"), 12),
                        new SheetBuilder.Column(m.get("pack.enterprise.header.value"), 36)),
                false);
        Enterprise e = ctx.data.enterprise();
        item(sheet, ctx, "pack.enterprise.name", e.name());
        item(sheet, ctx, "pack.enterprise.creditCode", e.creditCode());
        item(sheet, ctx, "pack.enterprise.industry", e.industry());
        item(sheet, ctx, "pack.enterprise.highRisk", m.get(e.highRisk() ? "pack.yes" : "pack.no"));
        item(sheet, ctx, "pack.enterprise.county", e.county());
        item(sheet, ctx, "pack.enterprise.address", e.address());
        item(sheet, ctx, "pack.enterprise.principal", e.principal());
        item(sheet, ctx, "pack.enterprise.contactPhone", e.contactPhone());
        item(sheet, ctx, "pack.enterprise.emergencyPhone", e.emergencyPhone());
        count(sheet, ctx, "pack.enterprise.orgUnits", summary.orgUnits());
        count(sheet, ctx, "pack.enterprise.posts", summary.posts());
        count(sheet, ctx, "pack.enterprise.employees", summary.employees());
        count(sheet, ctx, "pack.enterprise.duties", summary.duties());
    }

    private static void item(SheetBuilder sheet, WorkbookContext ctx, String key, String value) {
        Row row = sheet.row(22);
        sheet.text(row, 0, ctx.messages.get(key), ctx.styles.label);
        sheet.text(row, 1, value, ctx.styles.wrapped);
    }

    private static void count(SheetBuilder sheet, WorkbookContext ctx, String key, int value) {
        Row row = sheet.row(22);
        sheet.text(row, 0, ctx.messages.get(key), ctx.styles.label);
        sheet.number(row, 1, value, ctx.styles.text);
    }
}
