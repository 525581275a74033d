package org.nineones.excel.checklist;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of a checklist sheet (验收标准), one per field of a checklist line, each with the header the export and
 * the blank template write first and the variants a county may use; read by {@link org.nineones.excel.TableReader}.
 */
public enum ChecklistColumn implements HeaderField {
    ID(8, "编号", "条款编号", "检查项编号", "序号"),
    ITEM(16, "九个一项目", "项目", "九个一", "所属项目"),
    CRITERION(40, "考核内容", "达标标准", "考核内容/达标标准", "检查内容", "考核标准"),
    POINTS(8, "分值", "标准分值", "分数", "标准分"),
    RULE(48, "考评方法", "评分方法", "扣分标准", "扣分办法", "考核方法"),
    DEDUCTIONS(40, "扣分项(finding key)/每项扣分", "扣分项/每项扣分", "扣分项", "扣分参数"),
    CAP(8, "封顶", "最多扣分", "扣分封顶"),
    ZERO_AT_COUNT(10, "扣至零项数", "扣完项数", "零分项数"),
    ZERO_IF_PRESENT(28, "出现即零分/否决(finding key)", "出现即零分/否决", "出现即零分", "出现即否决"),
    EVIDENCE(8, "证据", "证据类型", "评定方式"),
    NOT_APPLICABLE(8, "可缺项", "可作缺项", "允许缺项"),
    VETO_TYPE(12, "否决类型", "否决"),
    VETO_PERCENT(12, "否决得分率(%)", "否决得分率", "得分率下限(%)", "得分率下限"),
    RECTIFICATION(36, "否决整改要求", "整改要求");

    private final int width;
    private final List<String> variants;
    private final List<String> headers;

    ChecklistColumn(int width, String... variants) {
        this.width = width;
        this.variants = List.of(variants);
        this.headers = Stream.concat(Arrays.stream(variants), Stream.of(name()))
                .map(HeaderText::normalise).distinct().toList();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The header the export and the blank template write. */
    public String header() {
        return variants.get(0);
    }

    /** The column's width in characters. */
    public int width() {
        return width;
    }
}
