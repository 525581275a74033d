package org.nineones.excel.content;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the post content spreadsheets, each with its key, the header texts enterprises use for it (the
 * header written on export comes from the bundle, {@code exchange.column.<key>}) and its width in characters.
 */
public enum ContentColumn implements HeaderField {
    UNIT("unit", 22, "部门", "组织机构", "所属部门", "部门/车间", "单位", "department", "org unit"),
    POST("post", 16, "岗位", "岗位名称", "工种", "post"),
    NUMBER("number", 6, "序号", "no.", "number"),
    CATEGORY("category", 12, "类别", "职责类别", "category"),
    DUTY("duty", 48, "职责内容", "职责", "安全职责", "责任内容", "安全生产职责", "职责描述", "内容", "duty"),
    RESPONSIBLE("responsible", 12, "责任人", "责任人员", "responsible"),
    SCOPE("scope", 18, "范围", "责任范围", "scope"),
    STANDARD("standard", 30, "考核标准", "考核办法", "考核要求", "assessment standard"),
    BASIS("basis", 24, "依据", "法律依据", "依据条款", "legal basis"),
    FORM("form", 12, "责任形式", "form of responsibility"),
    SECTION("section", 12, "环节", "部分", "阶段", "section"),
    CONTENT("content", 60, "内容", "规程内容", "操作要求", "content"),
    RISK_LEVEL("riskLevel", 10, "风险等级", "风险级别", "risk level"),
    HAZARDS("hazards", 36, "主要危险因素", "危险因素", "危险源", "风险点", "hazards"),
    ACCIDENT_TYPES("accidentTypes", 24, "事故类型", "可能导致的事故类型", "可能导致的事故", "accident types"),
    CONSEQUENCES("consequences", 24, "可能后果", "后果", "consequences"),
    CONTROLS("controls", 40, "控制措施", "管控措施", "防范措施", "controls"),
    CONTACTS("contacts", 22, "应急电话", "应急联系电话", "应急联系方式", "emergency contacts"),
    SCENARIO("scenario", 18, "情景", "事故情景", "应急情景", "scenario"),
    STEP_NUMBER("stepNumber", 8, "步骤序号", "step no."),
    STEP("step", 48, "步骤", "处置步骤", "应急处置措施", "处置措施", "step"),
    CONTACT("contact", 14, "联系人", "contact"),
    PHONE("phone", 16, "电话", "联系电话", "phone"),
    /** Which version was exported and its status; for the reader's information, ignored on import. */
    VERSION("version", 14, "版本", "版本状态", "version");

    private final String key;
    private final int width;
    private final List<String> headers;

    ContentColumn(String key, int width, String... headers) {
        this.key = key;
        this.width = width;
        this.headers = Stream.concat(Arrays.stream(headers), Stream.of(key)).map(HeaderText::normalise).distinct()
                .toList();
    }

    public String key() {
        return key;
    }

    /** The column width the export sets, in characters. */
    int width() {
        return width;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The bundle key of the header the export writes. */
    String headerKey() {
        return "exchange.column." + key;
    }
}
