package org.apogate.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pseudocolour density plot (FlowJo style) of two channels with gate overlays, rendered to PNG in
 * plain Java (no Java2D, display or installed fonts). Events are binned as they are added, so no
 * event array is kept and large files can be fed block by block:
 *
 * <pre>{@code
 * byte[] png = DensityPlot.builder(xAxis, yAxis)
 *         .title("A01 · Annexin V / PI")
 *         .events(annexin, pi, n)
 *         .quadrants(Overlays.Quadrants.apoptosis(tx, ty, 80.1, 12.3, 5.2, 2.4))
 *         .toPng();
 * }</pre>
 */
public final class DensityPlot {
    /** Default image size: readable as a thumbnail, 2 pixels per bin. */
    public static final int DEFAULT_SIZE = 480;
    /** Default bins per axis. */
    public static final int DEFAULT_BINS = 192;

    private DensityPlot() {
    }

    public static Builder builder(Axis x, Axis y) {
        return new Builder(x, y, DEFAULT_BINS);
    }

    public static Builder builder(Axis x, Axis y, int bins) {
        return new Builder(x, y, bins);
    }

    /** Collects events and overlays; {@link #render()} and {@link #toPng()} may be called repeatedly. */
    public static final class Builder {
        private final Axis x;
        private final Axis y;
        private final Histogram2D histogram;
        private String title = "";
        private int width = DEFAULT_SIZE;
        private int height = DEFAULT_SIZE;
        private final List<Overlays.Polygon> polygons = new ArrayList<>();
        private final List<Overlays.Range> ranges = new ArrayList<>();
        private Overlays.Quadrants quadrants;

        private Builder(Axis x, Axis y, int bins) {
            this.x = Objects.requireNonNull(x, "x axis");
            this.y = Objects.requireNonNull(y, "y axis");
            this.histogram = new Histogram2D(x, y, bins);
        }

        public Builder title(String text) {
            title = Objects.requireNonNull(text, "title");
            return this;
        }

        /** Image size in pixels; fonts and margins scale with the smaller side. */
        public Builder size(int widthPx, int heightPx) {
            if (widthPx < 120 || heightPx < 120 || widthPx > 8000 || heightPx > 8000) {
                throw new IllegalArgumentException("plot size must be 120..8000 px, got " + widthPx + "x" + heightPx);
            }
            width = widthPx;
            height = heightPx;
            return this;
        }

        /** Adds all events; x[i], y[i] are on the plot scale (transformed or raw, as the axes). */
        public Builder events(double[] xs, double[] ys) {
            if (xs.length != ys.length) {
                throw new IllegalArgumentException("x has " + xs.length + " values but y has " + ys.length);
            }
            return events(xs, ys, xs.length);
        }

        /** Adds the first {@code n} events (e.g. of a reused block buffer). */
        public Builder events(double[] xs, double[] ys, int n) {
            histogram.add(xs, ys, n);
            return this;
        }

        public Builder polygon(Overlays.Polygon gate) {
            polygons.add(Objects.requireNonNull(gate));
            return this;
        }

        public Builder range(Overlays.Range gate) {
            ranges.add(Objects.requireNonNull(gate));
            return this;
        }

        public Builder quadrants(Overlays.Quadrants lines) {
            quadrants = Objects.requireNonNull(lines);
            return this;
        }

        /** Events binned so far (NaN events excluded). */
        public long eventCount() {
            return histogram.events();
        }

        /** Draws the plot in plain Java: needs no display, no Java2D and no installed fonts. */
        public RgbImage render() {
            Canvas canvas = new Canvas(new RgbImage(width, height));
            new PlotPainter(canvas, width, height, x, y).paint(title, histogram, polygons, ranges, quadrants);
            return canvas.image();
        }

        /** The plot as PNG bytes; the same input gives the same bytes. */
        public byte[] toPng() {
            return PngEncoder.encode(render());
        }

        /** Writes the PNG atomically to {@code target}. */
        public void writePng(Path target) {
            AtomicFiles.writeBytes(target, toPng());
        }
    }
}
