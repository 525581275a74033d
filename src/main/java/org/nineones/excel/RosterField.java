package org.nineones.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The roster's columns, each with its key (for {@code --map HEADER=FIELD}) and the header texts HR uses for it.
 * Headers are matched exactly after {@link HeaderText#normalise}, then loosely ({@link HeaderText#loose}: 岗位名称 is
 * 岗位, 身份证号（18位） is 身份证号). Org units come from up to three columns: the department (一级部门, 部门1, or a
 * whole path in one cell), the workshop (二级部门, 部门2) and the team (三级部门, 部门3).
 */
public enum RosterField implements HeaderField {
    NAME("name", "姓名", "员工姓名", "职工姓名", "人员姓名", "名字"),
    GENDER("gender", "性别"),
    ID_NUMBER("idNumber", "身份证号", "身份证号码", "公民身份号码", "证件号码", "身份证", "身份证件号码", "居民身份证号码",
            "证件号", "身份证编号"),
    EMPLOYEE_NUMBER("employeeNumber", "工号", "员工编号", "职工编号", "员工工号", "人员编号", "职工号", "员工号", "人员编码",
            "员工编码", "职工编码"),
    PHONE("phone", "联系电话", "手机号码", "手机", "手机号", "电话", "移动电话", "联系方式", "联系手机"),
    DEPARTMENT("department", "部门", "所在部门", "所属部门", "部门名称", "一级部门", "部门1", "一级部门名称", "部门全称",
            "部门路径", "所属组织", "组织", "组织机构", "所在单位", "单位", "所属机构", "所在组织", "主部门"),
    WORKSHOP("workshop", "车间", "所在车间", "所属车间", "二级部门", "部门2", "二级部门名称", "分厂"),
    TEAM("team", "班组", "所在班组", "所属班组", "三级部门", "部门3", "三级部门名称"),
    POST("post", "岗位", "工种", "岗位(工种)", "岗位名称", "职务", "职位", "职位名称", "职务名称", "工作岗位", "所在岗位",
            "现岗位", "岗位/工种", "工种/岗位", "岗位工种"),
    POST_CATEGORY("postCategory", "岗位类别", "岗位类型"),
    HIRE_DATE("hireDate", "入职日期", "入厂日期", "参加工作时间", "入职时间", "入厂时间", "入司日期", "入司时间", "进厂日期",
            "进厂时间", "到岗日期", "参加工作日期", "入企日期"),
    STATUS("status", "状态", "在岗状态", "人员状态", "在职状态", "员工状态"),
    CERTIFICATE_NUMBER("certificateNumber", "特种作业证号", "操作证号", "特种作业操作证号", "证书编号", "操作证编号",
            "特种作业操作证编号", "特种作业证编号", "操作证书编号"),
    CERTIFICATE_EXPIRY("certificateExpiry", "证书有效期至", "有效期", "有效期至", "证书有效期", "证书到期日", "有效期止",
            "证书到期日期", "操作证有效期"),
    IGNORE("ignore");

    /** Words in a header that say the column holds org units, or posts. */
    private static final List<String> ORG_WORDS = List.of("部门", "车间", "班组", "科室", "工段", "组织", "单位", "机构",
            "分厂", "处室", "班次组");
    private static final List<String> POST_WORDS = List.of("岗位", "职位", "职务", "工种");
    /** Words in a header that say the column is about an org unit or post but holds no name of one. */
    private static final List<String> NOT_A_NAME = List.of("编码", "编号", "代码", "id", "工资", "津贴", "补贴", "级别",
            "等级", "职级", "类别", "类型", "性质", "序列", "日期", "时间", "负责人", "电话", "地址", "发证", "人数", "说明",
            "备注");

    private final String key;
    private final List<String> headers;
    private final List<String> looseHeaders;
    private final String template;

    RosterField(String key, String... headers) {
        this.key = key;
        this.template = headers.length == 0 ? key : headers[0];
        // the field key itself ("idNumber") is always understood, too
        this.headers = Stream.concat(Arrays.stream(headers), Stream.of(key))
                .map(HeaderText::normalise).distinct().toList();
        this.looseHeaders = key.equals("ignore") ? List.of()
                : Arrays.stream(headers).map(HeaderText::loose).distinct().toList();
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

    @Override
    public List<String> looseHeaders() {
        return looseHeaders;
    }

    /** True for the fields that place a person in the org tree or on a post. */
    public boolean isOrgOrPost() {
        return this == DEPARTMENT || this == WORKSHOP || this == TEAM || this == POST;
    }

    public static Optional<RosterField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key == null ? "" : key.strip())).findFirst();
    }

    /** The field a header cell names, if any. */
    public static Optional<RosterField> byHeader(Object headerCell) {
        return HeaderField.byHeader(List.of(values()), headerCell);
    }

    /**
     * {@link #POST} when a header says its column holds posts (四级岗位, 兼任职务), {@link #DEPARTMENT} when it says
     * org units (四级部门, 工作单位); empty for anything else, and for headers about an org unit or post that hold no
     * name of one (部门编码, 岗位工资, 职务级别).
     */
    public static Optional<RosterField> orgOrPostLike(String header) {
        String text = HeaderText.normalise(header);
        if (text.isEmpty() || NOT_A_NAME.stream().anyMatch(text::contains)) {
            return Optional.empty();
        }
        if (POST_WORDS.stream().anyMatch(text::contains)) {
            return Optional.of(POST);
        }
        return ORG_WORDS.stream().anyMatch(text::contains) ? Optional.of(DEPARTMENT) : Optional.empty();
    }

    /** Every key, for help texts and error messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(RosterField::key).toList());
    }
}
