package org.nineones.service.acceptance.checklist;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.nineones.excel.checklist.ChecklistColumn;
import org.nineones.excel.checklist.ChecklistSheetWriter;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Points;

/**
 * A checklist as the workbook a county official fills in or reads: the header block (标准名称, 版本, 发布单位, 说明,
 * 通过分数, 限期整改分数 — read back by {@link ChecklistSheetParser}), one row per line, the kinds of finding on a
 * sheet of their own. A blank workbook has the block's labels and no lines.
 */
final class ChecklistWorkbook {

    private final Messages messages;
    private final ChecklistTexts texts;

    ChecklistWorkbook(Messages messages) {
        this.messages = messages;
        this.texts = new ChecklistTexts(messages);
    }

    ChecklistSheetWriter.Content of(ChecklistTemplate template) {
        List<List<Object>> block = List.of(
                Arrays.asList(ChecklistSheetParser.NAME.get(0), template.name()),
                Arrays.asList(ChecklistSheetParser.VERSION.get(0), template.version()),
                Arrays.asList(ChecklistSheetParser.ISSUER.get(0), template.issuer()),
                Arrays.asList(ChecklistSheetParser.DESCRIPTION.get(0), template.description()),
                Arrays.asList(ChecklistSheetParser.PASS.get(0), template.thresholds().pass()),
                Arrays.asList(ChecklistSheetParser.RECTIFY.get(0), template.thresholds().rectify()));
        List<List<Object>> lines = template.lines().stream().map(this::row).toList();
        return content(block, lines);
    }

    ChecklistSheetWriter.Content blank() {
        List<List<Object>> block = List.of(
                Arrays.asList(ChecklistSheetParser.NAME.get(0), ""),
                Arrays.asList(ChecklistSheetParser.VERSION.get(0), ""),
                Arrays.asList(ChecklistSheetParser.ISSUER.get(0), ""),
                Arrays.asList(ChecklistSheetParser.DESCRIPTION.get(0), ""),
                Arrays.asList(ChecklistSheetParser.PASS.get(0), 85),
                Arrays.asList(ChecklistSheetParser.RECTIFY.get(0), 70));
        return content(block, List.of());
    }

    private ChecklistSheetWriter.Content content(List<List<Object>> block, List<List<Object>> lines) {
        List<ChecklistSheetWriter.Choice> choices = List.of(
                new ChecklistSheetWriter.Choice(ChecklistColumn.EVIDENCE, List.of("A", "M", "A+M")),
                new ChecklistSheetWriter.Choice(ChecklistColumn.NOT_APPLICABLE,
                        List.of(texts.yesNo(true), texts.yesNo(false))),
                new ChecklistSheetWriter.Choice(ChecklistColumn.VETO_TYPE, texts.vetoWords()));
        List<List<Object>> kinds = new ArrayList<>();
        for (String kind : FindingKinds.ALL) {
            kinds.add(List.of(kind, texts.kindName(kind)));
        }
        return new ChecklistSheetWriter.Content(messages.get("checklist.sheet.name"),
                messages.get("checklist.sheet.title"), block, messages.get("checklist.sheet.note"), lines, choices,
                messages.get("checklist.sheet.kinds"), List.of(messages.get("checklist.sheet.kindsKey"),
                messages.get("checklist.sheet.kindsName")), kinds);
    }

    /** One line's cells, in the order of {@link ChecklistColumn}. */
    private List<Object> row(ChecklistLine line) {
        List<Object> cells = new ArrayList<>();
        for (ChecklistColumn column : ChecklistColumn.values()) {
            cells.add(switch (column) {
                case ID -> line.id();
                case ITEM -> texts.itemCell(line.item());
                case CRITERION -> line.criterion();
                case POINTS -> line.points();
                case RULE -> line.rule();
                case DEDUCTIONS -> line.deductions().stream().map(d -> d.finding() + "=" + Points.text(d.points()))
                        .collect(Collectors.joining("; "));
                case CAP -> line.cap();
                case ZERO_AT_COUNT -> line.zeroAtCount();
                case ZERO_IF_PRESENT -> line.zeroIfMissing();
                case EVIDENCE -> line.evidence().code();
                case NOT_APPLICABLE -> texts.yesNo(line.notApplicable());
                case VETO_TYPE -> texts.vetoWord(line.veto().type());
                case VETO_PERCENT -> line.veto().percent();
                case RECTIFICATION -> line.veto().rectification();
            });
        }
        return cells;
    }
}
