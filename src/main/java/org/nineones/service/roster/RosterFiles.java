package org.nineones.service.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.TemplateWriter;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Gender;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.PostCategory;

/** The two spreadsheets the import writes: the error report and the blank template. */
final class RosterFiles {

    /** The template's columns after the leading 序号 column, in order. */
    static final List<RosterField> TEMPLATE_FIELDS = List.of(RosterField.NAME, RosterField.GENDER,
            RosterField.ID_NUMBER, RosterField.EMPLOYEE_NUMBER, RosterField.PHONE, RosterField.DEPARTMENT,
            RosterField.WORKSHOP, RosterField.TEAM, RosterField.POST, RosterField.POST_CATEGORY, RosterField.HIRE_DATE,
            RosterField.STATUS, RosterField.CERTIFICATE_NUMBER, RosterField.CERTIFICATE_EXPIRY);
    private static final int INSTRUCTION_LINES = 9;

    private final Messages messages;
    private final PostCatalog catalog;

    RosterFiles(Messages messages, PostCatalog catalog) {
        this.messages = messages;
        this.catalog = catalog;
    }

    void writeErrorReport(RosterSheet sheet, RosterPreview preview, Path out) throws IOException {
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(sheet.rows(), preview.errors(),
                RowError::row, RowError::columnIndex,
                e -> e.column().isEmpty() ? e.message() : e.column() + "：" + e.message(),
                row -> messages.get("roster.report.rowPrefix", row));
        new ErrorReportWriter().write(out, messages.get("roster.report.sheet"), sheet.headers(),
                messages.get("roster.report.messageHeader"), rows);
    }

    void writeTemplate(Path out) throws IOException {
        List<String> headers = new ArrayList<>();
        headers.add(messages.get("roster.template.numberHeader"));
        TEMPLATE_FIELDS.forEach(f -> headers.add(f.templateHeader()));
        Map<Integer, List<String>> choices = new LinkedHashMap<>();
        choices.put(column(RosterField.GENDER), List.of(messages.of(Gender.MALE), messages.of(Gender.FEMALE)));
        List<String> statuses = new ArrayList<>();
        for (EmployeeStatus s : EmployeeStatus.values()) {
            statuses.add(messages.of(s));
        }
        choices.put(column(RosterField.STATUS), statuses);
        List<String> categories = new ArrayList<>();
        for (PostCategory c : PostCategory.values()) {
            categories.add(messages.of(c));
        }
        choices.put(column(RosterField.POST_CATEGORY), categories);
        List<String> instructions = new ArrayList<>();
        for (int i = 1; i <= INSTRUCTION_LINES; i++) {
            instructions.add(messages.get("roster.template.instructions." + i));
        }
        for (PostCategory c : PostCategory.values()) {
            List<String> keywords = catalog.keywords(c);
            if (!keywords.isEmpty()) {
                instructions.add(messages.get("roster.template.keywords", messages.of(c), String.join("、", keywords)));
            }
        }
        new TemplateWriter().write(out, new TemplateWriter.Template(messages.get("roster.template.instructionsSheet"),
                instructions, messages.get("roster.template.rosterSheet"), headers,
                List.of(column(RosterField.ID_NUMBER), column(RosterField.EMPLOYEE_NUMBER), column(RosterField.PHONE),
                        column(RosterField.CERTIFICATE_NUMBER)),
                List.of(column(RosterField.HIRE_DATE), column(RosterField.CERTIFICATE_EXPIRY)), choices, example()));
    }

    private List<String> example() {
        String first17 = "37010219900307123";
        String id = IdNumber.of(first17 + IdNumber.checkCharFor(first17)).value();
        return List.of(RowValidator.EXAMPLE_MARK, messages.get("roster.template.example.name"), messages.of(Gender.MALE),
                id, "1001", "13900000000", messages.get("roster.template.example.department"),
                messages.get("roster.template.example.workshop"), messages.get("roster.template.example.team"),
                messages.get("roster.template.example.post"), messages.of(PostCategory.SPECIAL_OPERATION), "2021-03-05",
                messages.of(EmployeeStatus.ACTIVE), "T2021000123", "2027-03-04");
    }

    private static int column(RosterField field) {
        return TEMPLATE_FIELDS.indexOf(field) + 1;
    }
}
