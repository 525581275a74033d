package org.nineones.service.grids;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nineones.excel.CellValues;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.grids.DispatchColumn;
import org.nineones.model.Messages;
import org.nineones.model.UserFacing;
import org.nineones.model.grids.GridArea;

/**
 * Reads a month's dispatch sheet through the import pipeline ({@link TableReader} finds the table by the
 * {@link DispatchColumn} headers) and checks it whole by the rules of one report ({@link DispatchService#check}):
 * each row's area (path or unique name), day, checker, 是/否 and photos (file names beside the sheet, separated by
 * 、). A row with nothing but its area (as the blank template writes it) is left out: that area did not report. Any
 * row in error refuses the whole sheet, naming the rows; nothing is written.
 */
final class DispatchSheet {

    /** A month's sheet has one row per area: a few hundred at most. */
    static final int MAX_ROWS = 5_000;
    /** How many row problems a refusal names before "…". */
    private static final int LISTED = 10;

    private final DispatchService service;
    private final DispatchAreas known;
    private final Messages messages;

    DispatchSheet(DispatchService service, DispatchAreas known) {
        this.service = service;
        this.known = known;
        this.messages = service.messages();
    }

    List<DispatchService.Checked> read(Path file, YearMonth month) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_ROWS).read(file, null, DispatchColumn.known(),
                    () -> false);
        } catch (SpreadsheetException e) {
            throw new DispatchException(DispatchException.Reason.SHEET,
                    messages.get("dispatch.sheet.file." + e.reason().name(), fileName), file, e);
        }
        List<DispatchColumn> columns = HeaderField.mapColumns(table.headers(), DispatchColumn.known(),
                DispatchColumn.IGNORE);
        for (DispatchColumn required : List.of(DispatchColumn.AREA, DispatchColumn.CHECKED_ON,
                DispatchColumn.CHECKED_BY)) {
            if (!columns.contains(required)) {
                throw new DispatchException(DispatchException.Reason.SHEET, messages.get(
                        "dispatch.sheet.missingColumn", fileName, required.header()), file, null);
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        List<DispatchService.Checked> checked = new ArrayList<>();
        Set<Long> inSheet = new HashSet<>();
        for (SheetRow row : table.rows()) {
            String number = String.valueOf(row.rowNumber());
            if (onlyTheArea(row, columns)) {
                continue;
            }
            try {
                DispatchService.Checked c = service.check(draft(row, columns, month, folder), known, inSheet);
                inSheet.add(c.area().id());
                checked.add(c);
            } catch (RuntimeException e) {
                if (!(e instanceof UserFacing)) {
                    throw e;
                }
                problems.add(messages.get("dispatch.sheet.row", number, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            String listed = String.join("\n", problems.subList(0, Math.min(LISTED, problems.size())))
                    + (problems.size() > LISTED ? "\n" + messages.get("dispatch.sheet.more", problems.size()) : "");
            throw new DispatchException(DispatchException.Reason.ROWS, messages.get("dispatch.sheet.refused",
                    fileName, String.valueOf(problems.size()), listed), file, null);
        }
        if (checked.isEmpty()) {
            throw new DispatchException(DispatchException.Reason.SHEET,
                    messages.get("dispatch.sheet.file.EMPTY", fileName), file, null);
        }
        return checked;
    }

    private DispatchDraft draft(SheetRow row, List<DispatchColumn> columns, YearMonth month, Path folder) {
        String areaText = text(row, columns, DispatchColumn.AREA);
        if (areaText.isEmpty()) {
            throw service.refusal(DispatchException.Reason.UNKNOWN_AREA, "dispatch.sheet.noArea");
        }
        List<GridArea> areas = known.find(areaText);
        if (areas.isEmpty()) {
            throw service.refusal(DispatchException.Reason.UNKNOWN_AREA, "dispatch.sheet.unknownArea", areaText);
        }
        if (areas.size() > 1) {
            throw service.refusal(DispatchException.Reason.AMBIGUOUS_AREA, "dispatch.sheet.ambiguousArea", areaText,
                    String.join("、", areas.stream().map(a -> known.path(a.id())).toList()));
        }
        Object dayCell = cell(row, columns, DispatchColumn.CHECKED_ON);
        LocalDate day = null;
        if (!CellValues.isBlank(dayCell)) {
            day = ExcelDates.parse(dayCell).orElseThrow(() -> service.refusal(DispatchException.Reason.BAD_CELL,
                    "dispatch.sheet.badDay", CellValues.cleanText(dayCell)));
        }
        String found = text(row, columns, DispatchColumn.FOUND);
        Boolean settled = yesNo(text(row, columns, DispatchColumn.SETTLED));
        if (settled == null) {
            throw service.refusal(DispatchException.Reason.BAD_CELL, "dispatch.sheet.badSettled",
                    text(row, columns, DispatchColumn.SETTLED));
        }
        return new DispatchDraft(areas.get(0).id(), month, day, text(row, columns, DispatchColumn.CHECKED_BY), found,
                text(row, columns, DispatchColumn.DONE), settled, photos(text(row, columns, DispatchColumn.PHOTOS),
                folder), null);
    }

    /** 是 → true, 否 → false, blank → true (settled unless said otherwise), anything else → null. */
    private static Boolean yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "是", "y", "yes", "√", "✓", "已整改", "true" -> Boolean.TRUE;
            case "否", "n", "no", "×", "✗", "未整改", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private List<Path> photos(String text, Path folder) {
        List<Path> paths = new ArrayList<>();
        for (String name : Arrays.stream(text.split("[、,，;；\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()) {
            try {
                paths.add(folder.resolve(name));
            } catch (InvalidPathException e) {
                throw service.refusal(DispatchException.Reason.BAD_CELL, "dispatch.sheet.badPhotoName", name);
            }
        }
        return paths;
    }

    /** A template's row left as written: its area and nothing else (the area did not report). */
    private static boolean onlyTheArea(SheetRow row, List<DispatchColumn> columns) {
        for (int i = 0; i < row.width(); i++) {
            if (i < columns.size() && columns.get(i) != DispatchColumn.AREA && columns.get(i) != DispatchColumn.IGNORE
                    && !CellValues.isBlank(row.cell(i))) {
                return false;
            }
        }
        return true;
    }

    private static Object cell(SheetRow row, List<DispatchColumn> columns, DispatchColumn column) {
        int index = columns.indexOf(column);
        return index < 0 ? null : row.cell(index);
    }

    private static String text(SheetRow row, List<DispatchColumn> columns, DispatchColumn column) {
        return CellValues.cleanText(cell(row, columns, column)).strip();
    }
}
