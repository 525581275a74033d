package org.nineones.excel.exams;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the exam results ledger (考试成绩台账), each with the header texts it is known by. The export writes
 * every column; an import needs the exam, a person (ID number, employee number or name) and the score, and ignores
 * the rest.
 */
public enum ExamResultField implements HeaderField {
    EXAM_ID("考试编号", "考试ID", "试卷编号", "examId"),
    TITLE("考试名称", "考试标题", "试卷名称"),
    POST("岗位", "考试岗位", "岗位名称"),
    HELD_ON("考试日期", "日期"),
    NAME("姓名", "员工姓名", "职工姓名", "人员姓名"),
    ID_NUMBER("身份证号", "身份证号码", "公民身份号码", "证件号码"),
    EMPLOYEE_NUMBER("工号", "员工编号", "职工编号"),
    SCORE("成绩", "得分", "分数", "考试成绩"),
    MAX_SCORE("满分", "总分"),
    PASS_MARK("及格分", "及格线", "合格分"),
    PASSED("是否合格", "合格", "结果"),
    NOTE("更正说明", "备注", "说明"),
    IGNORE();

    private final List<String> headers;
    private final String header;

    ExamResultField(String... headers) {
        this.header = headers.length == 0 ? "" : headers[0];
        this.headers = Stream.concat(Arrays.stream(headers), Stream.of(name().toLowerCase(java.util.Locale.ROOT)))
                .map(HeaderText::normalise).distinct().toList();
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    /** The header the export writes. */
    public String header() {
        return header;
    }

    /** The columns the export writes, in order. */
    public static List<ExamResultField> exported() {
        return Arrays.stream(values()).filter(f -> f != IGNORE).toList();
    }
}
