package org.apogate.report;

import java.util.List;

/** Draws one {@link DensityPlot}: density, frame, ticks, axis labels, title and gate overlays. */
final class PlotPainter {
    private static final int WHITE = Canvas.WHITE;
    private static final int INK = 0x141414;
    private static final int GATE = 0x000000;
    private static final int MUTED = 0x6E6E6E;
    private static final int HALO_OPACITY = 230;

    // Font sizes in pixels at 480 px, scaled with the image by fontSize(). The glyph atlas holds
    // each of them at scales 1 and 1/2 (see GlyphAtlasGenerator); other scales get the nearest.
    static final int TICK_TEXT = 13;
    static final int AXIS_TEXT = 15;
    static final int TITLE_TEXT = 17;
    static final int EMPTY_TEXT = 18;
    static final int GATE_LABEL = 15;
    static final int QUADRANT_NAME = 13;
    static final int QUADRANT_PERCENT = 20;

    private final Canvas g;
    private final int width;
    private final int height;
    private final Axis x;
    private final Axis y;
    private final double s;
    private final int left;
    private final int top;
    private final int plotWidth;
    private final int plotHeight;

    PlotPainter(Canvas g, int width, int height, Axis x, Axis y) {
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
        g.fillRect(0, 0, width, height, WHITE);
        paintDensity(histogram);
        if (histogram.events() == 0) { // say so, rather than look like a broken picture
            BitmapFont font = font(true, EMPTY_TEXT);
            g.text(font, "No events", left + (plotWidth - font.width("No events")) / 2.0,
                    top + plotHeight / 2.0 + font.ascent() / 2.0, MUTED);
        }
        paintFrameAndTicks();
        paintAxisLabels();
        paintTitle(title);
        g.clip(left, top, plotWidth + 1, plotHeight + 1);
        for (Overlays.Range range : ranges) {
            paintRange(range);
        }
        for (Overlays.Polygon polygon : polygons) {
            paintPolygon(polygon);
        }
        if (quadrants != null) {
            paintQuadrants(quadrants);
        }
        g.unclip();
    }

    private void paintDensity(Histogram2D histogram) {
        int bins = histogram.bins();
        int[] lut = PseudoColor.table();
        int max = histogram.max();
        double logMax = max > 1 ? Math.log(max) : 0;
        int[] density = new int[bins * bins];
        for (int by = 0; by < bins; by++) {
            int row = (bins - 1 - by) * bins; // image rows run top-down
            for (int bx = 0; bx < bins; bx++) {
                int count = histogram.count(bx, by);
                density[row + bx] = count == 0 ? WHITE : lut[PseudoColor.index(count, logMax)];
            }
        }
        g.drawScaled(density, bins, bins, left, top, plotWidth, plotHeight);
    }

    private void paintFrameAndTicks() {
        double stroke = Math.max(1, s);
        g.strokeRect(left, top, plotWidth, plotHeight, stroke, INK);
        BitmapFont font = font(false, TICK_TEXT);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        for (Tick tick : x.ticks()) {
            double f = x.fraction(tick.position());
            if (f < -1e-9 || f > 1 + 1e-9) {
                continue;
            }
            double sx = left + f * plotWidth;
            int length = px(tick.minor() ? 3 : 6);
            g.line(sx, top + plotHeight, sx, top + plotHeight + length, stroke, INK);
            if (!tick.minor()) {
                int w = font.width(tick.label());
                double start = Math.max(sx - w / 2.0, 0);
                if (start > lastLabelEnd + px(4)) { // skip labels that would collide
                    g.text(font, tick.label(), start, top + plotHeight + length + px(2) + font.ascent(), INK);
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
            g.line(left - length, sy, left, sy, stroke, INK);
            if (!tick.minor()) {
                double baseline = Math.min(Math.max(sy + font.ascent() / 2.0 - 1, top + font.ascent()), height);
                if (baseline < lastLabelTop - px(2)) {
                    int w = font.width(tick.label());
                    g.text(font, tick.label(), left - length - px(3) - w, baseline, INK);
                    lastLabelTop = baseline - font.ascent();
                }
            }
        }
    }

    private void paintAxisLabels() {
        BitmapFont font = font(true, AXIS_TEXT);
        String xLabel = fit(x.label(), font, plotWidth);
        g.text(font, xLabel, left + (plotWidth - font.width(xLabel)) / 2.0, height - px(12), INK);
        String yLabel = fit(y.label(), font, plotHeight);
        // Laid out along u = -screen y, with v = screen x across it, then turned to read upwards.
        // The pen's screen position is rounded, as for level text.
        long penY = Math.round(top + (plotHeight + font.width(yLabel)) / 2.0);
        long penX = Math.round(px(8) + font.ascent());
        g.paint(font.render(yLabel).translated((int) -penY, (int) penX).rotatedLeft(), INK, 255);
    }

    private void paintTitle(String title) {
        if (title.isEmpty()) {
            return;
        }
        BitmapFont font = font(true, TITLE_TEXT);
        String text = fit(title, font, width - px(16));
        int textWidth = font.width(text);
        // Centred over the plot area when it fits there, else over the whole image.
        double start = left + (plotWidth - textWidth) / 2.0;
        if (start < px(8) || start + textWidth > width - px(8)) {
            start = (width - textWidth) / 2.0;
        }
        g.text(font, text, start, top - px(10), INK);
    }

    private void paintRange(Overlays.Range range) {
        Axis axis = range.onXAxis() ? x : y;
        double lowF = clampFraction(axis.fraction(range.low()));
        double highF = clampFraction(axis.fraction(range.high()));
        for (double bound : new double[] {range.low(), range.high()}) {
            if (Double.isFinite(bound)) {
                drawLineAt(range.onXAxis(), axis.fraction(bound));
            }
        }
        String text = joinLabel(range.label(), range.percent());
        BitmapFont font = labelFont(true, GATE_LABEL);
        if (range.onXAxis()) {
            double cx = left + (lowF + highF) / 2 * plotWidth;
            drawLabel(new String[] {text}, new BitmapFont[] {font}, cx, top + px(6), 0, 0);
        } else {
            double cy = top + plotHeight - (lowF + highF) / 2 * plotHeight;
            drawLabel(new String[] {text}, new BitmapFont[] {font}, left + plotWidth - px(6), cy, 1, 0.5);
        }
    }

    private void drawLineAt(boolean vertical, double fraction) {
        if (fraction < 0 || fraction > 1) {
            return;
        }
        if (vertical) {
            double sx = left + fraction * plotWidth;
            g.line(sx, top, sx, top + plotHeight, 2 * s, GATE);
        } else {
            double sy = top + plotHeight - fraction * plotHeight;
            g.line(left, sy, left + plotWidth, sy, 2 * s, GATE);
        }
    }

    private void paintPolygon(Overlays.Polygon polygon) {
        double[] xs = polygon.xs();
        double[] ys = polygon.ys();
        double[] sxs = new double[xs.length];
        double[] sys = new double[ys.length];
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            sxs[i] = left + x.fraction(xs[i]) * plotWidth;
            sys[i] = top + plotHeight - y.fraction(ys[i]) * plotHeight;
            minX = Math.min(minX, sxs[i]);
            maxX = Math.max(maxX, sxs[i]);
            minY = Math.min(minY, sys[i]);
        }
        g.polygon(sxs, sys, 2 * s, GATE);
        double cx = (Math.max(minX, left) + Math.min(maxX, left + plotWidth)) / 2;
        double labelBottom = minY - px(4);
        BitmapFont font = labelFont(true, GATE_LABEL);
        String text = joinLabel(polygon.label(), polygon.percent());
        if (labelBottom - font.height() < top) {
            drawLabel(new String[] {text}, new BitmapFont[] {font}, cx, Math.max(minY, top) + px(6), 0.5, 0);
        } else {
            drawLabel(new String[] {text}, new BitmapFont[] {font}, cx, labelBottom, 0.5, 1);
        }
    }

    private void paintQuadrants(Overlays.Quadrants q) {
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
            drawLabel(new String[] {label.name()}, new BitmapFont[] {labelFont(false, QUADRANT_NAME)}, ax, ay, alignX, alignY);
        } else {
            drawLabel(new String[] {label.name(), percent}, new BitmapFont[] {labelFont(false, QUADRANT_NAME), labelFont(true, QUADRANT_PERCENT)},
                    ax, ay, alignX, alignY);
        }
    }

    /**
     * Draws lines of text with a white halo (readable on any density colour, hides little data).
     * (ax, ay) is the anchor; alignX/alignY 0, 0.5, 1 put it at the block's left/centre/right and
     * top/middle/bottom. The block is kept inside the plot.
     */
    private void drawLabel(String[] lines, BitmapFont[] fonts, double ax, double ay, double alignX, double alignY) {
        double pad = px(3);
        double blockWidth = 0;
        double blockHeight = 0;
        for (int i = 0; i < lines.length; i++) {
            blockWidth = Math.max(blockWidth, fonts[i].width(lines[i]));
            blockHeight += fonts[i].ascent() + fonts[i].descent();
        }
        blockWidth += 2 * pad;
        blockHeight += 2 * pad;
        double bx = Math.max(left + 1, Math.min(ax - alignX * blockWidth, left + plotWidth - blockWidth - 1));
        double by = Math.max(top + 1, Math.min(ay - alignY * blockHeight, top + plotHeight - blockHeight - 1));
        double lineTop = by + pad;
        for (int i = 0; i < lines.length; i++) {
            BitmapFont font = fonts[i];
            double lineX = bx + pad + alignX * (blockWidth - 2 * pad - font.width(lines[i]));
            AlphaMask glyphs = font.render(lines[i])
                    .translated((int) Math.round(lineX), (int) Math.round(lineTop + font.ascent()));
            // The halo is the glyphs grown by half the old 3.5 px round pen.
            g.paint(glyphs.dilated(1.75 * s), WHITE, HALO_OPACITY);
            g.paint(glyphs, INK, 255);
            lineTop += font.ascent() + font.descent();
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
    private static String fit(String text, BitmapFont font, int maxWidth) {
        if (font.width(text) <= maxWidth) {
            return text;
        }
        String shorter = text;
        while (!shorter.isEmpty() && font.width(shorter + "…") > maxWidth) {
            shorter = shorter.substring(0, shorter.offsetByCodePoints(shorter.length(), -1));
        }
        return shorter + "…";
    }

    private BitmapFont font(boolean bold, int sizeAt480) {
        return GlyphAtlas.text(bold, fontSize(sizeAt480, s));
    }

    /** Gate labels keep the fuller look of filled glyph outlines they had under Java2D. */
    private BitmapFont labelFont(boolean bold, int sizeAt480) {
        return GlyphAtlas.outlined(bold, fontSize(sizeAt480, s));
    }

    /** Pixel size of a font at this scale: never below 8, the smallest that stays legible. */
    static int fontSize(int sizeAt480, double scale) {
        return Math.max(8, (int) Math.round(sizeAt480 * scale));
    }

    private int px(double at480) {
        return (int) Math.round(at480 * s);
    }
}
