package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nineones.excel.CellValues;
import org.nineones.excel.SheetRow;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyContact;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.PostContent;
import org.nineones.model.content.ResponsibilityForm;
import org.nineones.model.content.RiskCard;

/**
 * Checks every row of a content sheet and gathers the lines of each post, wherever its rows stand. A row with
 * nothing in the content columns is no line (a post exported without content); a row with a problem is reported
 * by its Excel row number and left out of its post's content.
 */
public final class ContentParser {

    private final Messages messages;
    private final ContentValues values;

    public ContentParser(Messages messages) {
        this.messages = messages;
        this.values = new ContentValues(messages);
    }

    public ParsedContent parse(ContentSheet sheet) {
        Map<PostKey, Builder> posts = new LinkedHashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        int lines = 0;
        for (SheetRow row : sheet.table().rows()) {
            if (sheet.kind().contentColumns().stream().allMatch(c -> CellValues.isBlank(sheet.cell(row, c)))) {
                continue;
            }
            lines++;
            RowCheck check = new RowCheck(sheet, row);
            String unit = check.required(ContentColumn.UNIT);
            String post = check.required(ContentColumn.POST);
            sheet.kind().requiredCells().forEach(check::required);
            check.number(ContentColumn.NUMBER);
            check.number(ContentColumn.STEP_NUMBER);
            Builder builder = unit.isEmpty() || post.isEmpty() ? null
                    : posts.computeIfAbsent(PostKey.of(unit, post), k -> new Builder(unit, post));
            if (builder != null) {
                builder.rows.add(row.rowNumber());
            }
            switch (sheet.kind()) {
                case DUTIES -> duty(check, builder);
                case PROCEDURES -> point(check, builder);
                case RISK_CARDS -> riskCard(check, builder);
                case EMERGENCY_CARDS -> emergencyLine(check, builder);
            }
            problems.addAll(check.problems);
        }
        problems.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        List<PostBlock> blocks = posts.values().stream()
                .map(b -> new PostBlock(b.unit, b.post, b.rows, b.build(sheet.kind()))).toList();
        return new ParsedContent(blocks, problems, lines);
    }

    private void duty(RowCheck check, Builder builder) {
        String formText = check.text(ContentColumn.FORM);
        ResponsibilityForm form = formText.isEmpty() ? ResponsibilityForm.DIRECT
                : check.known(ContentColumn.FORM, values.form(formText), "exchange.row.unknownForm",
                        String.join("、", values.formTexts()));
        if (check.ok() && builder != null) {
            builder.duties.add(new DutyItem(check.text(ContentColumn.CATEGORY), check.text(ContentColumn.DUTY),
                    check.text(ContentColumn.RESPONSIBLE), check.text(ContentColumn.SCOPE),
                    check.text(ContentColumn.STANDARD), check.text(ContentColumn.BASIS), form));
        }
    }

    private void point(RowCheck check, Builder builder) {
        String sectionText = check.text(ContentColumn.SECTION);
        ProcedureSection section = sectionText.isEmpty() ? null : check.known(ContentColumn.SECTION,
                values.section(sectionText), "exchange.row.unknownSection", String.join("、", values.sectionTexts()));
        if (check.ok() && builder != null) {
            builder.points.computeIfAbsent(section, k -> new ArrayList<>()).add(check.text(ContentColumn.CONTENT));
        }
    }

    private void riskCard(RiskCard card, Builder builder, RowCheck check, RiskLevel level) {
        if (builder.riskLevel != null && builder.riskLevel != level) {
            check.problem(ContentColumn.RISK_LEVEL, messages.get("exchange.row.riskLevelConflict", builder.riskRow,
                    values.text(builder.riskLevel)));
            return;
        }
        if (builder.riskLevel == null) {
            builder.riskLevel = level;
            builder.riskRow = check.row.rowNumber();
        }
        builder.hazards.addAll(card.hazards());
        builder.accidentTypes.addAll(card.accidentTypes());
        builder.consequences.addAll(card.consequences());
        builder.controls.addAll(card.controls());
        builder.contacts.addAll(card.emergencyContacts());
    }

    private void riskCard(RowCheck check, Builder builder) {
        String levelText = check.text(ContentColumn.RISK_LEVEL);
        RiskLevel level = levelText.isEmpty() ? null : check.known(ContentColumn.RISK_LEVEL,
                values.riskLevel(levelText), "exchange.row.unknownRiskLevel", String.join("、", values.riskLevelTexts()));
        List<AccidentType> types = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String text : ContentValues.accidentTypeTexts(check.text(ContentColumn.ACCIDENT_TYPES))) {
            values.accidentType(text).ifPresentOrElse(types::add, () -> unknown.add(text));
        }
        if (!unknown.isEmpty()) {
            check.problem(ContentColumn.ACCIDENT_TYPES, messages.get("exchange.row.unknownAccidentType",
                    String.join("、", unknown), String.join("、", values.accidentTypeTexts())));
        }
        if (check.ok() && builder != null) {
            RiskCard card = new RiskCard(ContentValues.lines(check.text(ContentColumn.HAZARDS)), types,
                    ContentValues.lines(check.text(ContentColumn.CONSEQUENCES)),
                    ContentValues.lines(check.text(ContentColumn.CONTROLS)), level,
                    ContentValues.lines(check.text(ContentColumn.CONTACTS)).stream().map(ContentValues::contact)
                            .toList());
            riskCard(card, builder, check, level);
        }
    }

    private void emergencyLine(RowCheck check, Builder builder) {
        if (!check.ok() || builder == null) {
            return;
        }
        String scenario = check.text(ContentColumn.SCENARIO);
        Scenario s = builder.scenarios.computeIfAbsent(scenario, k -> new Scenario(new ArrayList<>(), new ArrayList<>()));
        String step = check.text(ContentColumn.STEP);
        if (!step.isEmpty()) {
            s.steps().add(step);
        }
        EmergencyContact contact = new EmergencyContact(check.text(ContentColumn.CONTACT),
                check.text(ContentColumn.PHONE));
        if (!contact.name().isEmpty() || !contact.phone().isEmpty()) {
            s.contacts().add(contact);
        }
    }

    /** One row being checked: its cells by field, and its problems so far. */
    private final class RowCheck {
        final ContentSheet sheet;
        final SheetRow row;
        final List<RowProblem> problems = new ArrayList<>();

        RowCheck(ContentSheet sheet, SheetRow row) {
            this.sheet = sheet;
            this.row = row;
        }

        String text(ContentColumn column) {
            return sheet.text(row, column);
        }

        boolean ok() {
            return problems.isEmpty();
        }

        void problem(ContentColumn column, String message) {
            String header = sheet.headerOf(column);
            problems.add(new RowProblem(row.rowNumber(),
                    header.isEmpty() ? messages.get("exchange.column." + column.key()) : header,
                    sheet.indexOf(column), message));
        }

        /** The cell's text; a problem when it is blank. */
        String required(ContentColumn column) {
            String text = text(column);
            if (text.isEmpty()) {
                problem(column, messages.get("exchange.row.missing"));
            }
            return text;
        }

        /** A number column, when filled in, holds a whole number from 1. */
        void number(ContentColumn column) {
            if (!sheet.kind().columns().contains(column)) {
                return;
            }
            Object cell = sheet.cell(row, column);
            if (CellValues.isBlank(cell)) {
                return;
            }
            String text = CellValues.text(cell);
            if (!text.matches("[1-9][0-9]{0,5}")) {
                problem(column, messages.get("exchange.row.number", text));
            }
        }

        <E> E known(ContentColumn column, Optional<E> value, String key, String choices) {
            if (value.isEmpty()) {
                problem(column, messages.get(key, text(column), choices));
                return null;
            }
            return value.get();
        }
    }

    private record Scenario(List<String> steps, List<EmergencyContact> contacts) {
    }

    /** The lines of one post gathered so far. */
    private static final class Builder {
        final String unit;
        final String post;
        final List<Integer> rows = new ArrayList<>();
        final List<DutyItem> duties = new ArrayList<>();
        final Map<ProcedureSection, List<String>> points = new EnumMap<>(ProcedureSection.class);
        RiskLevel riskLevel;
        int riskRow;
        final List<String> hazards = new ArrayList<>();
        final List<AccidentType> accidentTypes = new ArrayList<>();
        final List<String> consequences = new ArrayList<>();
        final List<String> controls = new ArrayList<>();
        final List<EmergencyContact> contacts = new ArrayList<>();
        final Map<String, Scenario> scenarios = new LinkedHashMap<>();

        Builder(String unit, String post) {
            this.unit = unit;
            this.post = post;
        }

        PostContent build(ExchangeKind kind) {
            return switch (kind) {
                case DUTIES -> new DutyList(duties);
                case PROCEDURES -> new OperatingProcedure(section(ProcedureSection.BEFORE_WORK),
                        section(ProcedureSection.DURING_WORK), section(ProcedureSection.AFTER_WORK),
                        section(ProcedureSection.PROHIBITED_ACTS), section(ProcedureSection.PROTECTIVE_EQUIPMENT));
                case RISK_CARDS -> new RiskCard(hazards, accidentTypes, consequences, controls, riskLevel, contacts);
                case EMERGENCY_CARDS -> new EmergencyCard(scenarios.entrySet().stream()
                        .map(e -> new EmergencyScenario(e.getKey(), e.getValue().steps(), e.getValue().contacts()))
                        .toList());
            };
        }

        private List<String> section(ProcedureSection section) {
            return points.getOrDefault(section, List.of());
        }
    }
}
