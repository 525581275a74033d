package org.nineones.report;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRBand;
import net.sf.jasperreports.engine.JRElement;
import net.sf.jasperreports.engine.JRLineBox;
import net.sf.jasperreports.engine.JRParagraph;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.engine.type.LineSpacingEnum;
import net.sf.jasperreports.engine.util.StyleResolver;

/**
 * Measures paragraphs against one fixed-size text element of a template, with the element's own font, size, width,
 * paddings and indents, so a caller can decide what fits before filling (e.g. to continue a long list on the next
 * card). It errs on the safe side: lines are measured one em narrower than the element. {@link #wrap} breaks a
 * paragraph into lines itself, so a caller can put a hanging indent in front of each continued line as plain
 * text: paragraph indents and tab stops send JasperReports' PDF exporter down its slow path (measured: 10,000
 * cards took twice the CPU time). {@link ReportRunner} still checks after filling that nothing was cut.
 */
public final class TextFitter {

    /** The context JasperReports itself uses to break lines (anti-aliased, fractional metrics). */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;
    private final float lineWidth;
    private final int maxLines;

    TextFitter(Font font, float lineWidth, int maxLines) {
        this.font = font;
        this.lineWidth = lineWidth;
        this.maxLines = maxLines;
    }

    static TextFitter forElement(ReportRunner runner, JasperReport report, String key) throws ReportException {
        JRTextElement element = find(report, key);
        StyleResolver styles = new StyleResolver(runner.context());
        float size = styles.getFontSize(element);
        int style = (styles.isBold(element) ? Font.BOLD : 0) | (styles.isItalic(element) ? Font.ITALIC : 0);
        Font font = FontUtil.getInstance(runner.context())
                .getAwtFontFromBundles(styles.getFontName(element), style, size, Locale.SIMPLIFIED_CHINESE, false);
        if (font == null) {
            throw new ReportException(ReportException.Reason.TEMPLATE, "font of '" + key + "' is not bundled");
        }
        JRParagraph paragraph = element.getParagraph();
        if (styles.getLineSpacing(paragraph) != LineSpacingEnum.SINGLE) {
            throw new ReportException(ReportException.Reason.TEMPLATE, "'" + key + "' must use single line spacing");
        }
        JRLineBox box = element.getLineBox();
        int firstLineIndent = orZero(styles.getFirstLineIndent(paragraph));
        float width = element.getWidth() - orZero(styles.getLeftPadding(box)) - orZero(styles.getRightPadding(box))
                - orZero(styles.getLeftIndent(paragraph)) - orZero(styles.getRightIndent(paragraph))
                - Math.max(0, firstLineIndent);
        float height = element.getHeight() - orZero(styles.getTopPadding(box)) - orZero(styles.getBottomPadding(box));
        TextLayout sample = new TextLayout("国Ag", font, CONTEXT);
        float lineHeight = sample.getAscent() + sample.getDescent() + sample.getLeading();
        int lines = (int) Math.floor(height / lineHeight);
        if (lines < 1 || width <= 2 * size) {
            throw new ReportException(ReportException.Reason.TEMPLATE, "'" + key + "' is too small to hold a line");
        }
        return new TextFitter(font, width - size, lines);
    }

    private static JRTextElement find(JasperReport report, String key) throws ReportException {
        for (JRBand band : report.getDetailSection().getBands()) {
            JRElement element = band.getElementByKey(key);
            if (element instanceof JRTextElement text) {
                return text;
            }
        }
        throw new ReportException(ReportException.Reason.TEMPLATE,
                "no text element '" + key + "' in the detail band of " + report.getName());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    /** How many lines the element holds. */
    public int maxLines() {
        return maxLines;
    }

    /** How many lines this paragraph (no line breaks in it) takes. An empty paragraph takes one. */
    public int lines(String paragraph) {
        if (paragraph.isEmpty()) {
            return 1;
        }
        LineBreakMeasurer measurer = measurer(paragraph);
        int lines = 0;
        while (measurer.getPosition() < paragraph.length()) {
            measurer.nextLayout(lineWidth);
            lines++;
        }
        return lines;
    }

    /** How many leading characters of the paragraph fit into {@code lines} lines, ending at a line break. */
    public int fittingLength(String paragraph, int lines) {
        if (paragraph.isEmpty() || lines <= 0) {
            return 0;
        }
        LineBreakMeasurer measurer = measurer(paragraph);
        for (int i = 0; i < lines && measurer.getPosition() < paragraph.length(); i++) {
            measurer.nextLayout(lineWidth);
        }
        return measurer.getPosition();
    }

    /** The advance of {@code text} in the element's font, trailing spaces included. */
    public float width(String text) {
        return text.isEmpty() ? 0 : new TextLayout(text, font, CONTEXT).getAdvance();
    }

    /**
     * Breaks a paragraph (no line breaks in it) into the lines it takes when its first line starts after a
     * {@code firstIndent} and every further line after a {@code restIndent} (both in points), each line short enough
     * that JasperReports keeps it whole. An empty paragraph gives one empty line.
     */
    public List<String> wrap(String paragraph, float firstIndent, float restIndent) {
        List<String> lines = new ArrayList<>();
        if (paragraph.isEmpty()) {
            lines.add("");
            return lines;
        }
        LineBreakMeasurer measurer = measurer(paragraph);
        while (measurer.getPosition() < paragraph.length()) {
            int start = measurer.getPosition();
            float indent = lines.isEmpty() ? firstIndent : restIndent;
            measurer.nextLayout(Math.max(font.getSize2D(), lineWidth - indent));
            lines.add(paragraph.substring(start, measurer.getPosition()).strip());
        }
        return lines;
    }

    private LineBreakMeasurer measurer(String paragraph) {
        AttributedString text = new AttributedString(paragraph, Map.of(TextAttribute.FONT, font));
        return new LineBreakMeasurer(text.getIterator(), CONTEXT);
    }
}
