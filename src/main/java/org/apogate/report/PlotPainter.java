package org.apogate.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Draws one {@link DensityPlot}: density, frame, ticks, axis labels, title and gate overlays. */
final class PlotPainter {
    private static final Color INK = new Color(20, 20, 20);
    private static final Color GATE = new Color(0, 0, 0);
    private static final Color HALO = new Color(255, 255, 255, 230);
    private static final String FAMILY = Font.SANS_SERIF;

    // Font sizes in pixels at 480 px, scaled with the image by fontSize().
    static final int TICK_TEXT = 13;
    static final int AXIS_TEXT = 15;
    static final int TITLE_TEXT = 17;
    static final int EMPTY_TEXT = 18;
    static final int GATE_LABEL = 15;
    static final int QUADRANT_NAME = 13;
    static final int QUADRANT_PERCENT = 20;

    private final Graphics2D g;
    private final int width;
    private final int height;
    private final Axis x;
    private final Axis y;
    private final double s;
    private final int left;
    private final int top;
    private final int plotWidth;
    private final int plotHeight;

    PlotPainter(Graphics2D g, int width, int height, Axis x, Axis y) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.x = x;
        this.y = y;
        this.s = Math.min(width, height) / 480.0;
        this.left = px(82);
        this.top = px(34);
        this.plotWidth = width - left - px(14);
        this.plotHeight = height - top - px(62);
    }

    void paint(String title, Histogram2D histogram, List<Overlays.Polygon> polygons, List<Overlays.Range> ranges,
            Overlays.Quadrants quadrants) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        paintDensity(histogram);
        if (histogram.events() == 0) { // say so, rather than look like a broken picture
            g.setColor(new Color(110, 110, 110));
            g.setFont(font(Font.BOLD, EMPTY_TEXT));
            FontMetrics fm = g.getFontMetrics();
            g.drawString("No events", left + (plotWidth - fm.stringWidth("No events")) / 2f,
                    top + plotHeight / 2f + fm.getAscent() / 2f);
        }
        paintFrameAndTicks();
        paintAxisLabels();
        paintTitle(title);
        Shape oldClip = g.getClip();
        g.clipRect(left, top, plotWidth + 1, plotHeight + 1);
        for (Overlays.Range range : ranges) {
            paintRange(range);
        }
        for (Overlays.Polygon polygon : polygons) {
            paintPolygon(polygon);
        }
        if (quadrants != null) {
            paintQuadrants(quadrants);
        }
        g.setClip(oldClip);
    }

    private void paintDensity(Histogram2D histogram) {
        int bins = histogram.bins();
        int[] lut = PseudoColor.table();
        int max = histogram.max();
        double logMax = max > 1 ? Math.log(max) : 0;
        BufferedImage density = new BufferedImage(bins, bins, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[bins];
        for (int by = 0; by < bins; by++) {
            for (int bx = 0; bx < bins; bx++) {
                int count = histogram.count(bx, by);
                row[bx] = count == 0 ? 0xFFFFFF : lut[PseudoColor.index(count, logMax)];
            }
            density.setRGB(0, bins - 1 - by, bins, 1, row, 0, bins); // image rows run top-down
        }
        Object oldInterpolation = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(density, left, top, plotWidth, plotHeight, null);
        if (oldInterpolation != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, oldInterpolation);
        }
    }

    private void paintFrameAndTicks() {
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) Math.max(1, s)));
        g.drawRect(left, top, plotWidth, plotHeight);
        Font tickFont = font(Font.PLAIN, TICK_TEXT);
        g.setFont(tickFont);
        FontMetrics fm = g.getFontMetrics();
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : x.ticks()) {
            double f = x.fraction(tick.position());
            if (f < -1e-9 || f > 1 + 1e-9) {
                continue;
            }
            double sx = left + f * plotWidth;
            int length = px(tick.minor() ? 3 : 6);
            g.draw(new Line2D.Double(sx, top + plotHeight, sx, top + plotHeight + length));
            if (!tick.minor()) {
                int w = fm.stringWidth(tick.label());
                double start = Math.max(sx - w / 2.0, 0);
                if (start > lastLabelEnd + px(4)) { // skip labels that would collide
                    g.drawString(tick.label(), (float) start, top + plotHeight + length + px(2) + fm.getAscent());
                    lastLabelEnd = start + w;
                }
            }
        }
        double lastLabelTop = Double.POSITIVE_INFINITY;
        for (Tick tick : y.ticks()) {
            double f = y.fraction(tick.position());
            if (f < -1e-9 || f > 1 + 1e-9) {
                continue;
            }
            double sy = top + plotHeight - f * plotHeight;
            int length = px(tick.minor() ? 3 : 6);
            g.draw(new Line2D.Double(left - length, sy, left, sy));
            if (!tick.minor()) {
                double baseline = Math.min(Math.max(sy + fm.getAscent() / 2.0 - 1, top + fm.getAscent()), height);
                if (baseline < lastLabelTop - px(2)) {
                    int w = fm.stringWidth(tick.label());
                    g.drawString(tick.label(), (float) (left - length - px(3) - w), (float) baseline);
                    lastLabelTop = baseline - fm.getAscent();
                }
            }
        }
    }

    private void paintAxisLabels() {
        g.setColor(INK);
        g.setFont(font(Font.BOLD, AXIS_TEXT));
        FontMetrics fm = g.getFontMetrics();
        String xLabel = fit(x.label(), fm, plotWidth);
        g.drawString(xLabel, left + (plotWidth - fm.stringWidth(xLabel)) / 2f, height - px(12));
        String yLabel = fit(y.label(), fm, plotHeight);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2);
        // After rotating, (u, v) = (-screenY, screenX).
        g.drawString(yLabel, -(top + (plotHeight + fm.stringWidth(yLabel)) / 2f), px(8) + fm.getAscent());
        g.setTransform(saved);
    }

    private void paintTitle(String title) {
        if (title.isEmpty()) {
            return;
        }
        g.setColor(INK);
        g.setFont(font(Font.BOLD, TITLE_TEXT));
        FontMetrics fm = g.getFontMetrics();
        String text = fit(title, fm, width - px(16));
        // Centred over the plot area when it fits there, else over the whole image.
        float start = left + (plotWidth - fm.stringWidth(text)) / 2f;
        if (start < px(8) || start + fm.stringWidth(text) > width - px(8)) {
            start = (width - fm.stringWidth(text)) / 2f;
        }
        g.drawString(text, start, top - px(10));
    }

    private void paintRange(Overlays.Range range) {
        Axis axis = range.onXAxis() ? x : y;
        double lowF = clampFraction(axis.fraction(range.low()));
        double highF = clampFraction(axis.fraction(range.high()));
        g.setColor(GATE);
        g.setStroke(new BasicStroke((float) (2 * s)));
        for (double bound : new double[] {range.low(), range.high()}) {
            if (Double.isFinite(bound)) {
                drawLineAt(range.onXAxis(), axis.fraction(bound));
            }
        }
        String text = joinLabel(range.label(), range.percent());
        if (range.onXAxis()) {
            double cx = left + (lowF + highF) / 2 * plotWidth;
            drawLabel(new String[] {text}, new Font[] {font(Font.BOLD, GATE_LABEL)}, cx, top + px(6), 0, 0);
        } else {
            double cy = top + plotHeight - (lowF + highF) / 2 * plotHeight;
            drawLabel(new String[] {text}, new Font[] {font(Font.BOLD, GATE_LABEL)}, left + plotWidth - px(6), cy, 1, 0.5);
        }
    }

    private void drawLineAt(boolean vertical, double fraction) {
        if (fraction < 0 || fraction > 1) {
            return;
        }
        if (vertical) {
            double sx = left + fraction * plotWidth;
            g.draw(new Line2D.Double(sx, top, sx, top + plotHeight));
        } else {
            double sy = top + plotHeight - fraction * plotHeight;
            g.draw(new Line2D.Double(left, sy, left + plotWidth, sy));
        }
    }

    private void paintPolygon(Overlays.Polygon polygon) {
        double[] xs = polygon.xs();
        double[] ys = polygon.ys();
        Path2D.Double path = new Path2D.Double();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            double sx = left + x.fraction(xs[i]) * plotWidth;
            double sy = top + plotHeight - y.fraction(ys[i]) * plotHeight;
            if (i == 0) {
                path.moveTo(sx, sy);
            } else {
                path.lineTo(sx, sy);
            }
            minX = Math.min(minX, sx);
            maxX = Math.max(maxX, sx);
            minY = Math.min(minY, sy);
        }
        path.closePath();
        g.setColor(GATE);
        g.setStroke(new BasicStroke((float) (2 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        double cx = (Math.max(minX, left) + Math.min(maxX, left + plotWidth)) / 2;
        double labelBottom = minY - px(4);
        Font font = font(Font.BOLD, GATE_LABEL);
        String text = joinLabel(polygon.label(), polygon.percent());
        if (labelBottom - g.getFontMetrics(font).getHeight() < top) {
            drawLabel(new String[] {text}, new Font[] {font}, cx, Math.max(minY, top) + px(6), 0.5, 0);
        } else {
            drawLabel(new String[] {text}, new Font[] {font}, cx, labelBottom, 0.5, 1);
        }
    }

    private void paintQuadrants(Overlays.Quadrants q) {
        g.setColor(GATE);
        g.setStroke(new BasicStroke((float) (2 * s)));
        drawLineAt(true, x.fraction(q.x()));
        drawLineAt(false, y.fraction(q.y()));
        double inset = px(5);
        corner(q.upperLeft(), left + inset, top + inset, 0, 0);
        corner(q.upperRight(), left + plotWidth - inset, top + inset, 1, 0);
        corner(q.lowerLeft(), left + inset, top + plotHeight - inset, 0, 1);
        corner(q.lowerRight(), left + plotWidth - inset, top + plotHeight - inset, 1, 1);
    }

    private void corner(Overlays.QuadrantLabel label, double ax, double ay, double alignX, double alignY) {
        String percent = Overlays.percentText(label.percent());
        if (percent.isEmpty()) {
            drawLabel(new String[] {label.name()}, new Font[] {font(Font.PLAIN, QUADRANT_NAME)}, ax, ay, alignX, alignY);
        } else {
            drawLabel(new String[] {label.name(), percent}, new Font[] {font(Font.PLAIN, QUADRANT_NAME), font(Font.BOLD, QUADRANT_PERCENT)},
                    ax, ay, alignX, alignY);
        }
    }

    /**
     * Draws lines of text with a white halo (readable on any density colour, hides little data).
     * (ax, ay) is the anchor; alignX/alignY 0, 0.5, 1 put it at the block's left/centre/right and
     * top/middle/bottom. The block is kept inside the plot.
     */
    private void drawLabel(String[] lines, Font[] fonts, double ax, double ay, double alignX, double alignY) {
        double pad = px(3);
        double blockWidth = 0;
        double blockHeight = 0;
        for (int i = 0; i < lines.length; i++) {
            FontMetrics fm = g.getFontMetrics(fonts[i]);
            blockWidth = Math.max(blockWidth, fm.stringWidth(lines[i]));
            blockHeight += fm.getAscent() + fm.getDescent();
        }
        blockWidth += 2 * pad;
        blockHeight += 2 * pad;
        double bx = Math.max(left + 1, Math.min(ax - alignX * blockWidth, left + plotWidth - blockWidth - 1));
        double by = Math.max(top + 1, Math.min(ay - alignY * blockHeight, top + plotHeight - blockHeight - 1));
        BasicStroke halo = new BasicStroke((float) (3.5 * s), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        double lineTop = by + pad;
        for (int i = 0; i < lines.length; i++) {
            FontMetrics fm = g.getFontMetrics(fonts[i]);
            double lineX = bx + pad + alignX * (blockWidth - 2 * pad - fm.stringWidth(lines[i]));
            Shape glyphs = fonts[i].createGlyphVector(g.getFontRenderContext(), lines[i])
                    .getOutline((float) lineX, (float) (lineTop + fm.getAscent()));
            g.setStroke(halo);
            g.setColor(HALO);
            g.draw(glyphs);
            g.setColor(INK);
            g.fill(glyphs);
            lineTop += fm.getAscent() + fm.getDescent();
        }
    }

    private static String joinLabel(String name, Double percent) {
        String p = Overlays.percentText(percent);
        return p.isEmpty() ? name : name + " " + p;
    }

    private static double clampFraction(double f) {
        return Math.max(0, Math.min(1, f));
    }

    /** Shortens text with "…" until it fits {@code maxWidth} pixels. */
    private static String fit(String text, FontMetrics fm, int maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && fm.stringWidth(shorter + "…") > maxWidth) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter + "…";
    }

    private Font font(int style, int sizeAt480) {
        return new Font(FAMILY, style, fontSize(sizeAt480, s));
    }

    /** Pixel size of a font at this scale: never below 8, the smallest that stays legible. */
    static int fontSize(int sizeAt480, double scale) {
        return Math.max(8, (int) Math.round(sizeAt480 * scale));
    }

    private int px(double at480) {
        return (int) Math.round(at480 * s);
    }
}
