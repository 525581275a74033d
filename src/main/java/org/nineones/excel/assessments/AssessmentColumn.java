package org.nineones.excel.assessments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the assessments ledger (考核台账), one row per scored item: each with its key (the header written on
 * export is the bundle's {@code assessments.col.<key>}), the header texts accepted on import, and its width.
 * The import reads period, person (ID number, employee number or name), item number, points, note, assessor and the
 * two signing dates; the other columns are for the reader.
 */
public enum AssessmentColumn implements HeaderField {
    PERIOD("period", 12, "考核期间", "期间", "考核期", "考核周期", "period"),
    NAME("name", 10, "姓名", "人员", "被考核人", "name"),
    ID_NUMBER("idNumber", 22, "身份证号", "身份证号码", "公民身份号码", "id number"),
    EMPLOYEE_NUMBER("employeeNumber", 10, "工号", "员工编号", "职工号", "employee number"),
    UNIT("unit", 18, "部门", "所属部门", "单位", "department"),
    POST("post", 14, "岗位", "岗位名称", "post"),
    POSITION("position", 8, "项目序号", "序号", "项目", "item", "item no."),
    DUTY("duty", 40, "职责", "职责内容", "考核内容", "duty"),
    STANDARD("standard", 36, "考核标准", "评分标准", "standard"),
    MAX("max", 8, "分值", "标准分", "满分值", "max points"),
    POINTS("points", 8, "得分", "实得分", "评分", "points"),
    NOTE("note", 20, "备注", "扣分说明", "说明", "note"),
    TOTAL("total", 8, "总分", "合计", "total"),
    MAX_SCORE("maxScore", 8, "满分", "max score"),
    PERCENT("percent", 8, "得分率", "percent"),
    RATING("rating", 8, "等级", "考核等级", "评定等级", "rating"),
    ASSESSOR("assessor", 10, "考核人", "考核人签字", "assessor"),
    ASSESSOR_SIGNED_ON("assessorSignedOn", 14, "考核人签字日期", "考核日期", "assessor signed on"),
    ASSESSEE_SIGNED_ON("assesseeSignedOn", 14, "被考核人签字日期", "本人签字日期", "assessee signed on"),
    STATUS("status", 8, "状态", "status"),
    CORRECTION("correction", 24, "更正说明", "更正", "correction");

    private final String key;
    private final int width;
    private final List<String> headers;

    AssessmentColumn(String key, int width, String... headers) {
        this.key = key;
        this.width = width;
        this.headers = Stream.concat(Arrays.stream(headers), Stream.of(key)).map(HeaderText::normalise).distinct()
                .toList();
    }

    public String key() {
        return key;
    }

    public int width() {
        return width;
    }

    @Override
    public List<String> headers() {
        return headers;
    }
}
