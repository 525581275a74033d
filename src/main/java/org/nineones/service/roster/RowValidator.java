package org.nineones.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nineones.excel.CellValues;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.RosterField;
import org.nineones.excel.SheetRow;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.PostCategory;
import org.nineones.model.TextNormaliser;

/** Checks one roster row and cleans it into a {@link PersonRow}, or says what is wrong with each cell. */
final class RowValidator {

    /** Longest name accepted. */
    static final int NAME_LIMIT = 50;
    /** Longest text accepted in the other text columns. */
    static final int TEXT_LIMIT = 100;
    /** The template's example row starts with this; it is never imported. */
    static final String EXAMPLE_MARK = "示例";
    /** A head count: no person's name is digits followed by 人 or 名. */
    private static final java.util.regex.Pattern HEAD_COUNT = java.util.regex.Pattern.compile("(共|计)?\\d+(人|名)");
    private static final Pattern LOST_DIGITS = Pattern.compile("^\\d{15}0{3}$");

    /**
     * A checked row: a person, a list of errors, or a row to skip (blank, total or footer); {@code idNumber} is the
     * row's valid ID number even when other cells are wrong (to find the same person twice).
     */
    record Outcome(PersonRow person, List<RowError> errors, boolean skipped, IdNumber idNumber,
                   List<RowError> warnings) {

        Outcome(PersonRow person, List<RowError> errors, boolean skipped, IdNumber idNumber) {
            this(person, errors, skipped, idNumber, List.of());
        }
    }

    private static final Map<String, EmployeeStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("在岗", EmployeeStatus.ACTIVE), Map.entry("在职", EmployeeStatus.ACTIVE),
            Map.entry("正常", EmployeeStatus.ACTIVE), Map.entry("在册", EmployeeStatus.ACTIVE),
            Map.entry("试用", EmployeeStatus.ACTIVE), Map.entry("试用期", EmployeeStatus.ACTIVE),
            Map.entry("active", EmployeeStatus.ACTIVE),
            Map.entry("休假", EmployeeStatus.ON_LEAVE), Map.entry("离岗", EmployeeStatus.ON_LEAVE),
            Map.entry("休假/离岗", EmployeeStatus.ON_LEAVE), Map.entry("病假", EmployeeStatus.ON_LEAVE),
            Map.entry("产假", EmployeeStatus.ON_LEAVE), Map.entry("待岗", EmployeeStatus.ON_LEAVE),
            Map.entry("停薪留职", EmployeeStatus.ON_LEAVE), Map.entry("借调", EmployeeStatus.ON_LEAVE),
            Map.entry("on_leave", EmployeeStatus.ON_LEAVE), Map.entry("onleave", EmployeeStatus.ON_LEAVE),
            Map.entry("离职", EmployeeStatus.LEFT), Map.entry("已离职", EmployeeStatus.LEFT),
            Map.entry("辞职", EmployeeStatus.LEFT), Map.entry("退休", EmployeeStatus.LEFT),
            Map.entry("辞退", EmployeeStatus.LEFT), Map.entry("left", EmployeeStatus.LEFT));

    private final Messages messages;
    private final ColumnMapping mapping;
    private final String male;
    private final String female;

    RowValidator(Messages messages, ColumnMapping mapping) {
        this.messages = messages;
        this.mapping = mapping;
        this.male = messages.of(Gender.MALE).toLowerCase(Locale.ROOT);
        this.female = messages.of(Gender.FEMALE).toLowerCase(Locale.ROOT);
    }

    Outcome check(SheetRow row) {
        if (isTotalRow(row)) {
            return new Outcome(null, List.of(), true, null);
        }
        Object nameCell = cell(row, RosterField.NAME);
        Object idCell = cell(row, RosterField.ID_NUMBER);
        if (CellValues.isBlank(nameCell) && CellValues.isBlank(idCell)) {
            return new Outcome(null, List.of(), true, null);
        }
        List<RowError> errors = new ArrayList<>();
        List<RowError> warnings = new ArrayList<>();
        int n = row.rowNumber();
        String name = personName(text(row, RosterField.NAME, NAME_LIMIT, errors));
        if (CellValues.isBlank(nameCell)) {
            errors.add(error(n, RosterField.NAME, messages.get("roster.row.nameMissing")));
        }
        IdNumber id = idNumber(n, idCell, errors);
        Gender gender = gender(row, errors);
        if (gender == null && id != null) {
            gender = id.gender();
        }
        EmployeeStatus status = status(row, errors);
        PostCategory category = category(row, errors);
        LocalDate hireDate = date(row, RosterField.HIRE_DATE, errors, warnings);
        if (hireDate != null && hireDate.isAfter(LocalDate.now())) {
            // someone about to start is possible; a typing slip (2030 for 2020) is likelier: kept, and said
            warnings.add(error(n, RosterField.HIRE_DATE, messages.get("roster.row.futureHire", hireDate.toString())));
        }
        LocalDate expiry = date(row, RosterField.CERTIFICATE_EXPIRY, errors, warnings);
        String employeeNumber = text(row, RosterField.EMPLOYEE_NUMBER, TEXT_LIMIT, errors);
        String phone = text(row, RosterField.PHONE, TEXT_LIMIT, errors);
        String department = text(row, RosterField.DEPARTMENT, TEXT_LIMIT, errors);
        String workshop = text(row, RosterField.WORKSHOP, TEXT_LIMIT, errors);
        String team = text(row, RosterField.TEAM, TEXT_LIMIT, errors);
        String post = text(row, RosterField.POST, TEXT_LIMIT, errors);
        String certificate = text(row, RosterField.CERTIFICATE_NUMBER, TEXT_LIMIT, errors);
        if (!errors.isEmpty()) {
            return new Outcome(null, errors, false, id);
        }
        return new Outcome(new PersonRow(n, name, gender, id, employeeNumber, phone, department, workshop, team, post,
                category, hireDate, status, certificate, expiry), List.of(), false, id, warnings);
    }

    RowError error(int row, RosterField field, String message) {
        return new RowError(row, mapping.headerOf(field), message, mapping.columnOf(field));
    }

    /** Chinese names padded to line up ("张　三") lose their inner spaces. */
    private static String personName(String name) {
        boolean cjk = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return cjk ? TextNormaliser.strip(name) : name;
    }

    /**
     * A total, footer or example row: its name cell, a cell of a column that is not imported (序号, 备注), or any cell
     * of a row without a name, starts with 合计/总计/示例. A named person's own data (a post "总计量师", a department
     * "总计划科") never makes a row one.
     */
    private boolean isTotalRow(SheetRow row) {
        List<Object> cells = row.cells();
        boolean nameBlank = CellValues.isBlank(cell(row, RosterField.NAME));
        for (int c = 0; c < cells.size(); c++) {
            RosterField field = mapping.fieldOf(c);
            if (!nameBlank && field != RosterField.IGNORE && field != RosterField.NAME) {
                continue;
            }
            if (cells.get(c) instanceof String s) {
                String t = TextNormaliser.strip(s);
                if (t.startsWith("合计") || t.startsWith("总计") || t.startsWith(EXAMPLE_MARK)) {
                    return true;
                }
            }
        }
        // a head count written in the name column under the last person ("180人", "共 180 人") and no ID number
        return !nameBlank && cell(row, RosterField.NAME) instanceof String name
                && HEAD_COUNT.matcher(TextNormaliser.strip(name)).matches()
                && (!mapping.has(RosterField.ID_NUMBER) || CellValues.isBlank(cell(row, RosterField.ID_NUMBER)));
    }


    private Object cell(SheetRow row, RosterField field) {
        return row.cell(mapping.columnOf(field));
    }

    private String text(SheetRow row, RosterField field, int limit, List<RowError> errors) {
        if (!mapping.has(field)) {
            return "";
        }
        String text = CellValues.cleanText(cell(row, field));
        if (text.length() > limit) {
            errors.add(error(row.rowNumber(), field, messages.get("roster.row.tooLong", text.length(), limit)));
            return "";
        }
        return text;
    }

    private IdNumber idNumber(int n, Object cell, List<RowError> errors) {
        if (cell instanceof Double d && Math.abs(d) >= 1e15) {
            errors.add(error(n, RosterField.ID_NUMBER, messages.of(IdNumber.Problem.SCIENTIFIC_NOTATION)));
            return null;
        }
        String text = CellValues.cleanText(cell);
        IdNumber.Check check = IdNumber.check(text);
        if (check.valid()) {
            return check.idNumber();
        }
        if (check.problem() == IdNumber.Problem.BAD_CHECK_DIGIT && LOST_DIGITS.matcher(TextNormaliser.strip(text)).matches()) {
            errors.add(error(n, RosterField.ID_NUMBER, messages.get("roster.row.idLostDigits")));
        } else {
            errors.add(error(n, RosterField.ID_NUMBER, messages.of(check.problem())));
        }
        return null;
    }

    private Gender gender(SheetRow row, List<RowError> errors) {
        String text = text(row, RosterField.GENDER, TEXT_LIMIT, errors).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("男") || text.equals("男性") || text.equals("m") || text.equals("male")
                || text.equals(male)) {
            return Gender.MALE;
        }
        if (text.equals("女") || text.equals("女性") || text.equals("f") || text.equals("female")
                || text.equals(female)) {
            return Gender.FEMALE;
        }
        errors.add(error(row.rowNumber(), RosterField.GENDER, messages.get("roster.row.badGender")));
        return null;
    }

    private EmployeeStatus status(SheetRow row, List<RowError> errors) {
        String text = TextNormaliser.strip(text(row, RosterField.STATUS, TEXT_LIMIT, errors)).toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        EmployeeStatus status = STATUS_WORDS.get(text);
        if (status == null) {
            for (EmployeeStatus s : EmployeeStatus.values()) {
                if (TextNormaliser.strip(messages.of(s)).equalsIgnoreCase(text)) {
                    status = s;
                }
            }
        }
        if (status == null) {
            errors.add(error(row.rowNumber(), RosterField.STATUS, messages.get("roster.row.badStatus")));
        }
        return status;
    }

    private PostCategory category(SheetRow row, List<RowError> errors) {
        String text = TextNormaliser.strip(text(row, RosterField.POST_CATEGORY, TEXT_LIMIT, errors));
        if (text.isEmpty()) {
            return null;
        }
        for (PostCategory c : PostCategory.values()) {
            if (c.name().equalsIgnoreCase(text) || TextNormaliser.strip(messages.of(c)).equalsIgnoreCase(text)) {
                return c;
            }
        }
        errors.add(error(row.rowNumber(), RosterField.POST_CATEGORY, messages.get("roster.row.badCategory")));
        return null;
    }

    private LocalDate date(SheetRow row, RosterField field, List<RowError> errors, List<RowError> warnings) {
        Object raw = cell(row, field);
        if (!mapping.has(field) || CellValues.isBlank(raw)) {
            return null;
        }
        Object cell = raw instanceof String ? CellValues.cleanText(raw) : raw;
        Optional<LocalDate> date = ExcelDates.parse(cell);
        if (date.isPresent() && ExcelDates.isYearMonthOnly(cell)) {
            warnings.add(error(row.rowNumber(), field, messages.get("roster.row.monthOnly", cell,
                    date.get().toString())));
        }
        if (date.isEmpty()) {
            String shown = CellValues.text(cell);
            errors.add(error(row.rowNumber(), field, messages.get("roster.row.badDate",
                    shown.length() > 20 ? shown.substring(0, 20) + "…" : shown)));
            return null;
        }
        return date.get();
    }
}
