package org.nineones.service.grids;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.RiskLevel;
import org.nineones.model.SafeFiles;
import org.nineones.model.grids.GridArea;
import org.nineones.report.EnlargedPdf;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.report.TextFitter;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the grid's two printouts (网格责任公示牌, 网格图) share: their texts ({@code gridprints.*}), a risk level's
 * words and colours, the areas a request selects, the paper, and the one report runner writing the PDF (a cut
 * text, a file that cannot be written and a cancel each said once).
 */
final class GridPrints {

    /** The paper a board is printed on; A3 is A4 enlarged by √2 (ISO 216), so both come from one template. */
    enum Paper {
        A4(595f, 842f), A3(842f, 1191f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    /** The colour of an area with no risk level: a neutral grey. */
    static final String NO_LEVEL_COLOUR = "#8C8C8C";

    private static final Logger LOG = LoggerFactory.getLogger(GridPrints.class);
    private static final ReportRunner REPORTS = new ReportRunner();

    private final Messages messages;

    GridPrints(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get("gridprints." + key, args);
    }

    /** 重大风险…低风险, or 未定级. */
    String level(RiskLevel level) {
        return level == null ? get("noLevel") : messages.of(level);
    }

    static String colour(RiskLevel level) {
        return level == null ? NO_LEVEL_COLOUR : level.colour();
    }

    /** Black on the yellow of 一般风险, white on the other colours. */
    static String textColour(RiskLevel level) {
        return level == RiskLevel.GENERAL ? "#000000" : "#FFFFFF";
    }

    /** 二级网格. */
    String levelName(int level) {
        return get("level." + level);
    }

    /** The enterprise's emergency phone (else its contact phone) and the public numbers. */
    String emergencyPhones(GridSheet sheet) {
        String phone = blankToNull(sheet.enterprise().emergencyPhone());
        if (phone == null) {
            phone = blankToNull(sheet.enterprise().contactPhone());
        }
        String publicNumbers = messages.get("print.fireAndAmbulance");
        return phone == null ? publicNumbers : phone + "\u3000" + publicNumbers;
    }

    /** The paper a request asks for: A4 unless it says A3. */
    Paper paper(RecordPrintRequest request) {
        String paper = request.paper() == null ? "" : request.paper().strip().toUpperCase(Locale.ROOT);
        return switch (paper) {
            case "", "A4" -> Paper.A4;
            case "A3" -> Paper.A3;
            default -> throw new PrintException(get("unknownPaper", request.paper()));
        };
    }

    /**
     * The areas a request selects: every one, or the one {@code request.area} names by its number, its name (when
     * only one area has it) or its path from the enterprise (罐区/1号罐组).
     */
    List<GridArea> selected(GridSheet sheet, RecordPrintRequest request) {
        if (sheet.areas().isEmpty()) {
            throw PrintException.nothing(get("noAreas"));
        }
        String wanted = request.area() == null ? "" : request.area().strip();
        if (wanted.isEmpty()) {
            return sheet.areas();
        }
        List<GridArea> byId = sheet.areas().stream().filter(a -> String.valueOf(a.id()).equals(wanted)).toList();
        if (!byId.isEmpty()) {
            return byId;
        }
        List<GridArea> byName = sheet.areas().stream().filter(a -> a.name().equals(wanted)).toList();
        if (byName.size() == 1) {
            return byName;
        }
        List<String> parts = OrgPaths.parts(wanted);
        List<GridArea> byPath = sheet.areas().stream().filter(a -> {
            List<String> path = sheet.path(a);
            return path.equals(parts) || path.subList(1, path.size()).equals(parts);
        }).toList();
        if (byPath.size() == 1) {
            return byPath;
        }
        throw new PrintException(byName.size() > 1 ? get("ambiguousArea", wanted) : get("unknownArea", wanted));
    }

    /** True when the text fits, line by line, into the template's text element with this key. */
    boolean fits(String template, String key, String text) {
        try {
            TextFitter fitter = REPORTS.textFitter(template, key);
            int lines = 0;
            for (String paragraph : text.split("\n", -1)) {
                lines += fitter.lines(paragraph);
            }
            return lines <= fitter.maxLines();
        } catch (ReportException e) {
            throw new PrintException(get("failed", template), e);
        }
    }

    /** The parameters every page takes: title, enterprise, running head, day, page numbers. */
    Map<String, Object> parameters(String title, GridSheet sheet, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        String enterprise = sheet.enterprise().name();
        p.put("L_TITLE", title);
        p.put("ENTERPRISE", enterprise);
        p.put("RUNNING", get("running", enterprise, title, asOf.toString()));
        p.put("PRINTED_ON", get("printedOn", asOf.toString()));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        return p;
    }

    /** Writes the request's PDF to {@code target} on the paper; {@code items} is what the result counts. */
    RecordPrintResult write(ReportRequest request, int items, Paper paper, Path target, Progress progress) {
        Path a4 = null;
        try {
            if (paper == Paper.A4) {
                int pages = REPORTS.writePdf(request, target, progress.reportMonitor(get("printing", request.title())));
                return new RecordPrintResult(items, pages, target);
            }
            SafeFiles.checkOutput(target);
            a4 = AppTemp.file("board-a4-", ".pdf");
            int pages = REPORTS.writePdf(request, a4, progress.reportMonitor(get("printing", request.title())));
            EnlargedPdf.write(a4, target, paper.width, paper.height);
            return new RecordPrintResult(items, pages, target);
        } catch (IOException e) {
            throw new PrintException(messages.get("print.error.write", target), e);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.error("printing {} to {} failed", request.template(), target, e);
            throw new PrintException(switch (e.reason()) {
                case WRITE -> messages.get("print.error.write", target);
                case TEXT_CUT_OFF -> messages.get("print.error.textCutOff");
                default -> get("failed", request.title());
            }, e);
        } finally {
            deleteQuietly(a4);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove the temporary file {}", file, e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
