package org.nineones.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The roster's columns, each with its key (for {@code --map HEADER=FIELD}) and the header texts HR uses for it. */
public enum RosterField implements HeaderField {
    NAME("name", "姓名", "员工姓名", "职工姓名", "人员姓名"),
    GENDER("gender", "性别"),
    ID_NUMBER("idNumber", "身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证"),
    EMPLOYEE_NUMBER("employeeNumber", "工号", "员工编号", "职工编号", "员工工号"),
    PHONE("phone", "联系电话", "手机号码", "手机", "手机号", "电话"),
    DEPARTMENT("department", "部门", "所在部门", "所属部门", "部门名称"),
    WORKSHOP("workshop", "车间", "所在车间", "所属车间"),
    TEAM("team", "班组", "所在班组", "所属班组"),
    POST("post", "岗位", "工种", "岗位(工种)", "岗位名称", "职务"),
    POST_CATEGORY("postCategory", "岗位类别", "岗位类型"),
    HIRE_DATE("hireDate", "入职日期", "入厂日期", "参加工作时间", "入职时间", "入厂时间"),
    STATUS("status", "状态", "在岗状态", "人员状态"),
    CERTIFICATE_NUMBER("certificateNumber", "特种作业证号", "操作证号", "特种作业操作证号", "证书编号"),
    CERTIFICATE_EXPIRY("certificateExpiry", "证书有效期至", "有效期", "有效期至", "证书有效期"),
    IGNORE("ignore");


    private final String key;
    private final List<String> headers;
    private final String template;

    RosterField(String key, String... headers) {
        this.key = key;
        this.template = headers.length == 0 ? key : headers[0];
        // the field key itself ("idNumber") is always understood, too
        this.headers = java.util.stream.Stream.concat(Arrays.stream(headers), java.util.stream.Stream.of(key))
                .map(HeaderText::normalise).distinct().toList();
    }

    /** The header the blank import template uses for this field. */
    public String templateHeader() {
        return template;
    }

    public String key() {
        return key;
    }

    /** The header texts, normalised; the first is the one the template uses. */
    @Override
    public List<String> headers() {
        return headers;
    }

    public static Optional<RosterField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key == null ? "" : key.strip())).findFirst();
    }

    /** The field a header cell names, if any. */
    public static Optional<RosterField> byHeader(Object headerCell) {
        return HeaderField.byHeader(List.of(values()), headerCell);
    }

    /** Every key, for help texts and error messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(RosterField::key).toList());
    }
}
