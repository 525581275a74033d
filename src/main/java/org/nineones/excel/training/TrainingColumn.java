package org.nineones.excel.training;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderText;

/**
 * The columns of the training ledger (培训台账, one row per session) and the sign-in sheet (培训签到, one row per person
 * at a session), each with the header texts enterprises use for it (header variants are data); the header the export
 * writes comes from the bundle, {@code training.column.<key>}.
 */
public enum TrainingColumn implements HeaderField {
    SESSION_ID("sessionId", 10, "场次编号", "培训编号", "场次", "编号", "session id", "session"),
    DATE("date", 12, "培训日期", "日期", "培训时间", "时间", "date"),
    HOURS("hours", 8, "学时", "培训学时", "课时", "时长", "hours"),
    TOPIC("topic", 30, "培训主题", "主题", "课程", "课程名称", "培训名称", "topic"),
    KIND("kind", 14, "培训类别", "类别", "培训类型", "类型", "kind"),
    CONTENT("content", 40, "培训内容", "内容", "content"),
    TRAINER("trainer", 12, "授课人", "培训教师", "讲师", "授课教师", "trainer"),
    PLACE("place", 16, "培训地点", "地点", "place"),
    UNIT("unit", 22, "组织部门", "组织单位", "部门", "单位", "org unit", "unit"),
    ATTENDEES("attendees", 10, "参训人数", "人数", "attendees"),
    NAME("name", 10, "姓名", "name"),
    ID_NUMBER("idNumber", 22, "身份证号", "身份证号码", "身份证", "公民身份号码", "id number"),
    EMPLOYEE_NUMBER("employeeNumber", 12, "工号", "员工编号", "职工编号", "employee number"),
    SCORE("score", 8, "成绩", "考试成绩", "考核成绩", "得分", "分数", "score"),
    PASSED("passed", 10, "是否合格", "合格", "考核结果", "结果", "passed");

    /** The training ledger's columns, in the order the export writes them. */
    public static final List<TrainingColumn> SESSION_COLUMNS = List.of(SESSION_ID, DATE, HOURS, TOPIC, KIND, CONTENT,
            TRAINER, PLACE, UNIT, ATTENDEES);
    /** The sign-in sheet's columns, in the order the export writes them. */
    public static final List<TrainingColumn> ATTENDANCE_COLUMNS = List.of(SESSION_ID, DATE, TOPIC, NAME, ID_NUMBER,
            EMPLOYEE_NUMBER, HOURS, SCORE, PASSED);

    private final String key;
    private final int width;
    private final List<String> headers;

    TrainingColumn(String key, int width, String... headers) {
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

    /** The bundle key of the header the export writes. */
    public String headerKey() {
        return "training.column." + key;
    }
}
