package org.nineones.sample;

import java.time.LocalDate;
import java.util.List;

/** A generated roster: the enterprise, the reference date, and the data rows in order. */
public record Roster(CompanyPlan company, LocalDate asOf, List<RosterRow> rows) {

    /** The roster sheet's name. */
    public static final String SHEET = "花名册";
    /** The instructions sheet that comes first, as in real HR workbooks. */
    public static final String INSTRUCTIONS_SHEET = "填表说明";
    /** 0-based index of the header row on the roster sheet (title, note and a blank row come first). */
    public static final int HEADER_ROW = 3;
    public static final List<String> HEADERS = List.of("序号", "姓名", "性别", "身份证号码", "工号", "所在部门", "班组",
            "岗位（工种）", "入厂日期", "联系电话", "特种作业证号", "证书有效期至", "备注");

    public Roster {
        rows = List.copyOf(rows);
    }

    /** The row number Excel shows for the data row at {@code index} (0-based). */
    public static int excelRowNumber(int index) {
        return HEADER_ROW + 2 + index;
    }

    /** The invalid rows, in order. */
    public List<RosterRow> invalidRows() {
        return rows.stream().filter(r -> r.invalid() != null).toList();
    }

    public String title() {
        return company.name() + asOf.getYear() + "年员工花名册";
    }
}
