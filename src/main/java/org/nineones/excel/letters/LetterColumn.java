package org.nineones.excel.letters;

import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the responsibility letters ledger (责任书签订台账), each known by its header variants. The export
 * writes the first variant; the import finds a person by 身份证号, else 工号, else a unique 姓名, and reads 年度 and
 * 签订日期; the other columns are for people and are ignored on import.
 */
public enum LetterColumn implements HeaderField {
    YEAR("年度", "签订年度", "责任书年度", "year"),
    NAME("姓名", "责任人", "乙方", "name"),
    ID_NUMBER("身份证号", "身份证号码", "公民身份号码", "身份证", "id number"),
    EMPLOYEE_NUMBER("工号", "员工编号", "职工编号", "人员编号", "employee number"),
    ORG_UNIT("部门", "所在部门", "部门/车间/班组", "org unit"),
    POST("岗位", "岗位名称", "post"),
    LEVEL("层级", "签订层级", "level"),
    COUNTERPART("签订对象", "甲方", "对方", "counterpart"),
    SIGNED_ON("签订日期", "签字日期", "签订时间", "signed on"),
    VERSION("责任清单版本", "清单版本", "版本", "duty list version"),
    STATUS("状态", "签订状态", "status"),
    CORRECTIONS("更正记录", "更正", "corrections"),
    /** A column the ledger does not know. */
    NONE();

    private final List<String> headers;

    LetterColumn(String... headers) {
        this.headers = Stream.of(headers).map(HeaderText::normalise).toList();
        this.first = headers.length == 0 ? "" : headers[0];
    }

    private final String first;

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The header the export writes. */
    public String header() {
        return first;
    }

    /** The columns the export writes, in order. */
    public static List<LetterColumn> exported() {
        return Stream.of(values()).filter(c -> c != NONE).toList();
    }

    /** The columns the import understands. */
    public static List<LetterColumn> known() {
        return exported();
    }
}
