package org.nineones.excel.rewards;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the reward and penalty ledger sheet, each with its key (the header written on export comes from the
 * bundle, {@code rewards.column.<key>}), the header texts enterprises use for it, and its width in characters.
 */
public enum RewardColumn implements HeaderField {
    DATE("date", 12, "日期", "奖惩日期", "发生日期", "时间", "date"),
    NAME("name", 10, "姓名", "人员", "人员姓名", "被奖惩人", "name"),
    ID_NUMBER("idNumber", 21, "身份证号", "身份证号码", "公民身份号码", "证件号码", "id number"),
    EMPLOYEE_NUMBER("employeeNumber", 10, "工号", "员工编号", "职工号", "员工号", "employee number"),
    UNIT("unit", 22, "部门", "单位", "部门/班组", "所属部门", "奖惩单位", "org unit"),
    KIND("kind", 8, "奖惩类别", "类别", "奖/惩", "奖惩", "kind"),
    RULE("rule", 8, "规则代码", "规则编号", "规则", "rule"),
    REASON("reason", 36, "事由", "奖惩事由", "原因", "reason"),
    DUTY("duty", 30, "涉及职责", "责任条目", "职责条目", "duty item"),
    AMOUNT("amount", 10, "金额(元)", "金额", "奖罚金额", "amount"),
    POINTS("points", 8, "分值", "积分", "考核分", "points"),
    APPROVER("approver", 10, "批准人", "审批人", "批准", "approved by"),
    /** Corrections of an entry, for the reader; ignored on import. */
    NOTE("note", 40, "备注", "更正说明", "note");

    private final String key;
    private final int width;
    private final List<String> headers;

    RewardColumn(String key, int width, String... headers) {
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
