package org.apogate.pipeline;

import java.util.Arrays;
import java.util.List;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.GatePolygon;
import org.apogate.fcs.Parameter;
import org.apogate.report.Axis;
import org.apogate.report.DensityPlot;
import org.apogate.report.Overlays;
import org.apogate.report.PlotImage;
import org.apogate.report.Tick;
import org.apogate.transform.Transform;

/**
 * The three plots a cytometrist checks, drawn from the pass-1 sample: FSC-A vs SSC-A with the debris
 * line, FSC-A vs FSC-H with the singlet band, and Annexin V vs viability on the transformed axes with
 * the quadrant lines and the four percentages (of all counted events, not of the sample).
 */
final class SamplePlots {
    /** The three plots, in report order: each one's file in the sample folder and its caption. */
    enum Plot {
        SCATTER("scatter.png", "Debris: FSC-A vs SSC-A"),
        SINGLETS("singlets.png", "Singlets: FSC-A vs FSC-H"),
        QUADRANTS("quadrants.png", "Annexin V vs viability");

        final String file;
        final String caption;

        Plot(String file, String caption) {
            this.file = file;
            this.caption = caption;
        }
    }

    private SamplePlots() {
    }

    static List<PlotImage> render(SampleAnalysis a) {
        PreparedFile f = a.file();
        double[][] rows = f.scan().sample().columns();
        int n = f.scan().sample().size();
        int fscA = f.roles().require(ChannelRole.FSC_A);
        int sscA = f.roles().require(ChannelRole.SSC_A);
        double cellsPct = pct(a.cells(), a.events());

        Axis x = linearAxis(f, fscA, rows[fscA], n);
        Axis y = linearAxis(f, sscA, rows[sscA], n);
        byte[] scatter = DensityPlot.builder(x, y).title("Debris exclusion")
                .events(rows[fscA], rows[sscA], n)
                .range(Overlays.Range.thresholdX(a.file().preGates().debris().fscThreshold(), "Cells", cellsPct))
                .toPng();

        byte[] singlets = singlets(a, rows, n, fscA);

        double[][] gated = a.gated();
        double[] ax = AxisFit.applied(a.annexin().transform().function(), gated[0]);
        double[] vy = AxisFit.applied(a.viability().transform().function(), gated[1]);
        Axis annexinAxis = transformedAxis(f, f.roles().require(ChannelRole.ANNEXIN), a.annexin().transform().function(), ax);
        Axis viabilityAxis = transformedAxis(f, f.roles().require(ChannelRole.VIABILITY), a.viability().transform().function(), vy);
        long parent = a.singlets();
        byte[] quadrants = DensityPlot.builder(annexinAxis, viabilityAxis).title("Annexin V vs viability")
                .events(ax, vy, ax.length)
                .quadrants(Overlays.Quadrants.apoptosis(a.annexin().threshold().transformed(),
                        a.viability().threshold().transformed(),
                        pct(a.count(GateAssembler.LIVE), parent), pct(a.count(GateAssembler.EARLY), parent),
                        pct(a.count(GateAssembler.LATE), parent), pct(a.count(GateAssembler.NECROTIC), parent)))
                .toPng();
        return List.of(PlotImage.of(Plot.SCATTER.caption, scatter),
                PlotImage.of(Plot.SINGLETS.caption, singlets),
                PlotImage.of(Plot.QUADRANTS.caption, quadrants));
    }

    private static byte[] singlets(SampleAnalysis a, double[][] rows, int n, int fscA) {
        PreparedFile f = a.file();
        if (!f.roles().has(ChannelRole.FSC_H)) {
            Axis x = linearAxis(f, fscA, rows[fscA], n);
            return DensityPlot.builder(x, Axis.linear("no FSC-H channel", 0, 1)).title("Singlets: skipped (no FSC-H)").toPng();
        }
        int fscH = f.roles().require(ChannelRole.FSC_H);
        double threshold = f.preGates().debris().fscThreshold();
        double[] xs = new double[n];
        double[] ys = new double[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (rows[fscA][i] >= threshold) {
                xs[m] = rows[fscA][i];
                ys[m++] = rows[fscH][i];
            }
        }
        DensityPlot.Builder b = DensityPlot.builder(linearAxis(f, fscA, xs, m), linearAxis(f, fscH, ys, m))
                .title("Singlets").events(xs, ys, m);
        GatePolygon p = f.preGates().singlets().polygon();
        if (f.preGates().singlets().enabled() && p != null) {
            b.polygon(new Overlays.Polygon("Singlets", p.x(), p.y(), pct(a.singlets(), a.cells())));
        }
        return b.toPng();
    }

    private static Axis linearAxis(PreparedFile f, int channel, double[] values, int n) {
        Parameter p = f.dataSet().parameters().get(channel);
        double[] sorted = sorted(values, n);
        double hi = quantile(sorted, 0.999) * 1.08;
        double lo = Math.min(0, quantile(sorted, 0.001));
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        return Axis.linear(Axis.label(p.name(), p.stain()), lo, hi);
    }

    private static Axis transformedAxis(PreparedFile f, int channel, Transform t, double[] values) {
        Parameter p = f.dataSet().parameters().get(channel);
        double[] sorted = sorted(values, values.length);
        double lo = Math.min(t.apply(0) - 0.05, quantile(sorted, 0.001));
        double hi = Math.max(quantile(sorted, 0.999) + 0.05, t.apply(1e4));
        double top = t.inverse(hi);
        int maxExp = (int) Math.max(1, Math.floor(Math.log10(Math.max(10, top))));
        return Axis.withTicks(Axis.label(p.name(), p.stain()), lo, hi, Tick.decades(t::apply, true, 2, maxExp));
    }

    /** The first {@code n} values, sorted: one sort serves both ends of an axis. */
    private static double[] sorted(double[] values, int n) {
        double[] s = Arrays.copyOf(values, n);
        Arrays.sort(s);
        return s;
    }

    private static double quantile(double[] sorted, double q) {
        int n = sorted.length;
        if (n == 0) {
            return 0;
        }
        double v = sorted[(int) Math.min(n - 1, Math.max(0, Math.round(q * (n - 1))))];
        return Double.isFinite(v) ? v : 0;
    }

    private static Double pct(long part, long whole) {
        return whole == 0 ? null : 100.0 * part / whole;
    }
}
