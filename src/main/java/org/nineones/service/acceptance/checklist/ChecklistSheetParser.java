package org.nineones.service.acceptance.checklist;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.HeaderText;
import org.nineones.excel.SheetRow;
import org.nineones.excel.checklist.ChecklistColumn;
import org.nineones.excel.checklist.ChecklistSheet;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Deduction;
import org.nineones.model.acceptance.Evidence;
import org.nineones.model.acceptance.Thresholds;
import org.nineones.model.acceptance.Veto;
import org.nineones.model.acceptance.VetoType;

/**
 * Turns a checklist sheet into a template: the header block gives the name, version, issuer, description and
 * thresholds (a name or version given by the caller wins), each row a line; row errors carry Excel's row number and
 * the column's header; then the template's own check ({@link ChecklistValidator}), its problems put on the rows of
 * their lines.
 */
final class ChecklistSheetParser {

    static final List<String> NAME = List.of("标准名称", "名称", "验收标准名称", "验收标准", "name");
    static final List<String> VERSION = List.of("版本", "版本号", "version");
    static final List<String> ISSUER = List.of("发布单位", "制定单位", "发布机关", "issuer");
    static final List<String> DESCRIPTION = List.of("说明", "标准说明", "适用范围", "description");
    static final List<String> PASS = List.of("通过分数", "通过分数线", "通过", "pass");
    static final List<String> RECTIFY = List.of("限期整改分数", "限期整改分数线", "限期整改", "rectify");

    private final Messages messages;
    private final ChecklistTexts texts;
    private final ChecklistValidator validator;

    ChecklistSheetParser(Messages messages) {
        this.messages = messages;
        this.texts = new ChecklistTexts(messages);
        this.validator = new ChecklistValidator(messages);
    }

    ChecklistSheetPreview parse(Path file, ChecklistSheet sheet, String name, String version) {
        HeaderTable table = sheet.table();
        List<ChecklistColumn> mapped = HeaderField.mapColumns(table.headers(), List.of(ChecklistColumn.values()), null);
        for (ChecklistColumn required : List.of(ChecklistColumn.ID, ChecklistColumn.ITEM, ChecklistColumn.CRITERION,
                ChecklistColumn.POINTS, ChecklistColumn.RULE)) {
            if (!mapped.contains(required)) {
                throw new ChecklistException(messages.get("checklist.file.missingColumn", fileName(file),
                        required.header()));
            }
        }
        List<String> templateErrors = new ArrayList<>();
        Block block = new Block(sheet.block(), templateErrors);
        String finalName = name == null || name.isBlank() ? block.text(NAME) : name.strip();
        String finalVersion = version == null || version.isBlank() ? block.text(VERSION) : version.strip();
        if (finalName.isEmpty() || finalVersion.isEmpty()) {
            templateErrors.add(messages.get("checklist.file.noName", fileName(file)));
        }
        BigDecimal pass = block.number(PASS, Thresholds.DEFAULT.pass());
        BigDecimal rectify = block.number(RECTIFY, Thresholds.DEFAULT.rectify());
        List<RowProblem> errors = new ArrayList<>();
        List<ChecklistLine> lines = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        for (SheetRow row : table.rows()) {
            Row r = new Row(row, mapped, errors);
            ChecklistLine line = r.line();
            if (line != null) {
                lines.add(line);
                rowNumbers.add(row.rowNumber());
            }
        }
        ChecklistTemplate template = new ChecklistTemplate(finalName, finalVersion, block.text(ISSUER),
                block.text(DESCRIPTION), new Thresholds(pass, rectify), lines);
        List<String> warnings = new ArrayList<>();
        ChecklistTemplate checked = template.named(finalName.isEmpty() ? "-" : finalName,
                finalVersion.isEmpty() ? "-" : finalVersion);
        for (ChecklistProblem p : validator.check(checked)) {
            if (p.warning()) {
                warnings.add(p.message());
            } else if (p.line() < 0) {
                templateErrors.add(p.message());
            } else {
                int column = p.column() == null ? -1 : mapped.indexOf(p.column());
                errors.add(new RowProblem(rowNumbers.get(p.line()), p.column() == null || column < 0 ? ""
                        : table.headers().get(column), column, p.message()));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowProblem::row));
        boolean ok = errors.isEmpty() && templateErrors.isEmpty();
        return new ChecklistSheetPreview(file, table, ok ? template : null, errors, templateErrors, warnings);
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The header block's values by their labels. */
    private final class Block {
        private final Map<String, ChecklistSheet.BlockEntry> entries;
        private final List<String> errors;

        Block(Map<String, ChecklistSheet.BlockEntry> entries, List<String> errors) {
            this.entries = entries;
            this.errors = errors;
        }

        ChecklistSheet.BlockEntry entry(List<String> labels) {
            for (String label : labels) {
                ChecklistSheet.BlockEntry e = entries.get(HeaderText.normalise(label));
                if (e != null) {
                    return e;
                }
            }
            return null;
        }

        String text(List<String> labels) {
            ChecklistSheet.BlockEntry e = entry(labels);
            return e == null ? "" : CellValues.cleanText(e.value());
        }

        BigDecimal number(List<String> labels, BigDecimal fallback) {
            ChecklistSheet.BlockEntry e = entry(labels);
            if (e == null || CellValues.isBlank(e.value())) {
                return fallback;
            }
            BigDecimal value = decimal(e.value());
            if (value == null) {
                errors.add(messages.get("checklist.row.header", e.label(), messages.get("checklist.row.number",
                        e.label(), CellValues.text(e.value()))));
                return fallback;
            }
            return value;
        }
    }

    /** One row read into a line, its problems added to the list. */
    private final class Row {
        private final SheetRow row;
        private final List<ChecklistColumn> mapped;
        private final List<RowProblem> errors;
        private final int before;

        Row(SheetRow row, List<ChecklistColumn> mapped, List<RowProblem> errors) {
            this.row = row;
            this.mapped = mapped;
            this.errors = errors;
            this.before = errors.size();
        }

        ChecklistLine line() {
            Integer item = null;
            String itemText = text(ChecklistColumn.ITEM);
            if (!itemText.isEmpty()) {
                item = texts.item(cell(ChecklistColumn.ITEM));
                if (item == null) {
                    problem(ChecklistColumn.ITEM, messages.get("checklist.row.item", itemText));
                }
            }
            BigDecimal points = number(ChecklistColumn.POINTS);
            List<Deduction> deductions = deductions();
            BigDecimal cap = number(ChecklistColumn.CAP);
            Integer zeroAt = count(ChecklistColumn.ZERO_AT_COUNT);
            String zeroIf = text(ChecklistColumn.ZERO_IF_PRESENT);
            Evidence evidence = ChecklistTexts.evidence(text(ChecklistColumn.EVIDENCE));
            if (evidence == null) {
                problem(ChecklistColumn.EVIDENCE, messages.get("checklist.row.evidence",
                        text(ChecklistColumn.EVIDENCE)));
            }
            Boolean na = texts.yesNo(text(ChecklistColumn.NOT_APPLICABLE));
            if (na == null) {
                problem(ChecklistColumn.NOT_APPLICABLE, messages.get("checklist.row.yesNo",
                        text(ChecklistColumn.NOT_APPLICABLE)));
            }
            VetoType veto = texts.vetoType(text(ChecklistColumn.VETO_TYPE));
            if (veto == null) {
                problem(ChecklistColumn.VETO_TYPE, messages.get("checklist.row.vetoType",
                        text(ChecklistColumn.VETO_TYPE)));
            }
            Integer percent = count(ChecklistColumn.VETO_PERCENT);
            if (errors.size() > before) {
                return null;
            }
            return new ChecklistLine(text(ChecklistColumn.ID), item == null ? 0 : item,
                    text(ChecklistColumn.CRITERION), points, text(ChecklistColumn.RULE), deductions, cap, zeroAt,
                    zeroIf.isEmpty() ? null : texts.kind(zeroIf), evidence, na, new Veto(veto, percent,
                    text(ChecklistColumn.RECTIFICATION)));
        }

        private List<Deduction> deductions() {
            List<Deduction> result = new ArrayList<>();
            String cell = text(ChecklistColumn.DEDUCTIONS);
            for (String part : cell.split("[;；\\n\\r]+")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                String[] kv = p.split("\\s*[=＝:：]\\s*", 2);
                BigDecimal points = kv.length == 2 ? parse(kv[1].replace("分", "")) : null;
                if (points == null || kv[0].isBlank()) {
                    problem(ChecklistColumn.DEDUCTIONS, messages.get("checklist.row.deductions", p));
                } else {
                    result.add(new Deduction(texts.kind(kv[0]), points));
                }
            }
            return result;
        }

        private Object cell(ChecklistColumn column) {
            int index = mapped.indexOf(column);
            return index < 0 ? null : row.cell(index);
        }

        private String text(ChecklistColumn column) {
            return CellValues.cleanText(cell(column));
        }

        private BigDecimal number(ChecklistColumn column) {
            Object value = cell(column);
            if (CellValues.isBlank(value)) {
                return null;
            }
            BigDecimal d = decimal(value);
            if (d == null) {
                problem(column, messages.get("checklist.row.number", column.header(), CellValues.text(value)));
            }
            return d;
        }

        private Integer count(ChecklistColumn column) {
            Object value = cell(column);
            if (CellValues.isBlank(value)) {
                return null;
            }
            BigDecimal d = decimal(CellValues.text(value).replace("%", "").replace("％", ""));
            try {
                return d == null ? fail(column, value) : d.intValueExact();
            } catch (ArithmeticException e) {
                return fail(column, value);
            }
        }

        private Integer fail(ChecklistColumn column, Object value) {
            problem(column, messages.get("checklist.row.count", column.header(), CellValues.text(value)));
            return null;
        }

        private void problem(ChecklistColumn column, String message) {
            int index = mapped.indexOf(column);
            errors.add(new RowProblem(row.rowNumber(), column.header(), index, message));
        }
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d);
        }
        return parse(CellValues.cleanText(value));
    }

    private static BigDecimal parse(String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
