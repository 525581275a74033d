package org.nineones.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;

/**
 * One horizontal bar of a bar chart in a report, drawn as vector rectangles (the app has no chart library): the
 * segments' values side by side in their colours, scaled so that {@code scale} fills the element's width, on a light
 * track. The numbers and names are the report's own text fields beside it, so the bar holds no text. An image
 * element whose expression is of class {@code net.sf.jasperreports.renderers.Renderable} draws it.
 */
public final class StackedBar extends AbstractRenderer implements Graphics2DRenderable {

    private static final long serialVersionUID = 1L;
    private static final Color TRACK = new Color(0xF2, 0xF2, 0xF2);

    private final int[] values;
    private final int[] colours;
    private final int scale;

    /** {@code colours} as 0xRRGGBB, one per value; {@code scale} the value that fills the width (at least 1). */
    public StackedBar(int[] values, int[] colours, int scale) {
        if (values.length != colours.length) {
            throw new IllegalArgumentException("one colour per value");
        }
        if (Arrays.stream(values).anyMatch(v -> v < 0)) {
            throw new IllegalArgumentException("values are counts: " + Arrays.toString(values));
        }
        this.values = values.clone();
        this.colours = colours.clone();
        this.scale = Math.max(1, Math.max(scale, Arrays.stream(values).sum()));
    }

    @Override
    public String getId() {
        // the same bar is the same renderable: the PDF stays the same bytes from one run to the next
        return "bar" + Arrays.toString(values) + Arrays.toString(colours) + scale;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        double inset = area.getHeight() * 0.2;
        double y = area.getY() + inset;
        double height = area.getHeight() - 2 * inset;
        g.setColor(TRACK);
        g.fill(new Rectangle2D.Double(area.getX(), y, area.getWidth(), height));
        double x = area.getX();
        for (int i = 0; i < values.length; i++) {
            double width = area.getWidth() * values[i] / scale;
            if (width <= 0) {
                continue;
            }
            g.setColor(new Color(colours[i]));
            g.fill(new Rectangle2D.Double(x, y, width, height));
            x += width;
        }
    }
}
