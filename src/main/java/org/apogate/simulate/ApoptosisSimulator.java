package org.apogate.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates realistic Annexin V / viability tubes with per-event truth. Shapes are deliberately
 * not pure Gaussians: skewed, heavy-tailed log-intensities, a continuum of transitional cells
 * between live and early/late, shrunken scatter for dying cells, a debris cloud rising toward the
 * trigger threshold, doublets, correlated autofluorescence, photon + electronic noise (negative
 * values after baseline restore), spillover applied to raw data, saturation at the range maximum.
 * Deterministic for a given scenario (seeded {@link SplittableRandom}, one per call).
 */
public final class ApoptosisSimulator {
    // Medians on a BD 18-bit scale; multiplied by the style's scale.
    private static final double[] FSC_MEDIAN = {85000, 68000, 52000, 45000}; // live, early, late, necrotic
    private static final double[] FSC_SD = {0.07, 0.08, 0.10, 0.12};        // log10
    private static final double[] SSC_MEDIAN = {35000, 42000, 50000, 30000};
    private static final double[] SSC_SD = {0.12, 0.14, 0.16, 0.18};
    private static final double ANNEXIN_NEGATIVE = 300;  // AF + nonspecific binding, FITC detector
    private static final double TRIGGER = 2500;          // FSC threshold: nothing below is recorded
    private static final double TIME_TICKS = 12000;      // 120 s at $TIMESTEP 0.01

    /**
     * Per-tube biological and instrumental variation, drawn from the seed, so no two tubes share
     * exactly the same shapes: shrinkage of dying cells, spreads, autofluorescence level, share of
     * transitional cells, debris shape, singlet area/height ratio.
     */
    private record Biology(double[] fscFactor, double fscSd, double sscSd, double af, double afSpread,
                           double annexinSpread, double viabilitySpread, double transitionalEarly,
                           double transitionalLate, double debrisTop, double debrisDecay, double ratio, double ratioSd) {
        static Biology draw(SplittableRandom r) {
            double[] f = {1.0, between(r, 0.72, 0.88), between(r, 0.50, 0.68), between(r, 0.40, 0.60)};
            return new Biology(f, between(r, 0.8, 1.4), between(r, 0.8, 1.4), between(r, 0.6, 1.6), between(r, 0.2, 0.4),
                    between(r, 0.20, 0.32), between(r, 0.20, 0.32), between(r, 0.05, 0.20), between(r, 0.05, 0.15),
                    between(r, 4.0, 4.3), between(r, 0.30, 0.55), between(r, 1.10, 1.35), between(r, 0.025, 0.045));
        }

        private static double between(SplittableRandom r, double lo, double hi) {
            return lo + (hi - lo) * r.nextDouble();
        }
    }

    /** Simulates one tube with its own biology (drawn from the scenario seed). */
    public SimulatedSample simulate(Scenario s) {
        return simulate(s, s.seed());
    }

    /**
     * Simulates one tube whose cells and instrument settings (autofluorescence, shapes, spreads) are
     * those of {@code groupSeed}: control tubes of a group share them with its samples, only the
     * stains and the events differ.
     */
    public SimulatedSample simulate(Scenario s, long groupSeed) {
        SplittableRandom rnd = new SplittableRandom(s.seed());
        Biology bio = Biology.draw(new SplittableRandom(groupSeed));
        InstrumentStyle style = s.style();
        int m = style.fluorescence().size();
        int viaDet = s.viabilityDetector();
        double[][] spill = spillover(m, s.spilloverScale());
        int n = s.events();
        EventClass[] truth = classes(s, rnd);
        double[] fscA = new double[n];
        double[] fscH = new double[n];
        double[] sscA = new double[n];
        double[][] fl = new double[m][n];
        Cell a = new Cell(m);
        Cell b = new Cell(m);
        for (int i = 0; i < n; i++) {
            EventClass c = truth[i];
            if (c == EventClass.DEBRIS) {
                debris(s, bio, rnd, a);
            } else if (c == EventClass.DOUBLET) {
                cell(s, bio, rnd, drawCellClass(s, rnd), a);
                cell(s, bio, rnd, drawCellClass(s, rnd), b);
                double areaFactor = 0.90 + 0.10 * rnd.nextDouble();      // A ~ 1.8-2.0 x singlet
                // Pulse height of two cells in a row: the taller pulse plus part of the overlap, so
                // H ~ 1.1-1.3 x singlet for equal partners, barely more than the big cell for a small one.
                double overlap = 0.10 + 0.20 * rnd.nextDouble();
                a.fscH = Math.max(a.fscH, b.fscH) + overlap * Math.min(a.fscH, b.fscH);
                a.fscA = (a.fscA + b.fscA) * areaFactor;
                a.sscA = (a.sscA + b.sscA) * areaFactor;
                for (int j = 0; j < m; j++) {
                    a.signal[j] += b.signal[j];
                }
                a.annexin += b.annexin;
                a.viability += b.viability;
                if (rnd.nextDouble() < 0.08) {
                    // Clumps of several cells: large enough to saturate FSC-A on some instruments.
                    int extra = 1 + rnd.nextInt(4);
                    for (int e = 0; e < extra; e++) {
                        cell(s, bio, rnd, drawCellClass(s, rnd), b);
                        a.fscA += 1.9 * b.fscA;
                        a.sscA += 1.9 * b.sscA;
                        a.fscH += 0.25 * b.fscH;
                        for (int j = 0; j < m; j++) {
                            a.signal[j] += b.signal[j];
                        }
                        a.annexin += b.annexin;
                        a.viability += b.viability;
                    }
                }
            } else {
                cell(s, bio, rnd, c, a);
            }
            fscA[i] = a.fscA;
            fscH[i] = a.fscH;
            sscA[i] = a.sscA;
            for (int j = 0; j < m; j++) {
                double dye = a.annexin * spill[0][j] + a.viability * spill[viaDet][j];
                double signal = a.signal[j] + dye;
                fl[j][i] = detect(signal, style, rnd);
            }
        }
        double[] time = time(s, rnd);
        List<String> names = new ArrayList<>(List.of("FSC-A"));
        List<double[]> cols = new ArrayList<>(List.of(fscA));
        if (s.withHeight()) {
            names.add("FSC-H");
            cols.add(fscH);
        }
        names.add("SSC-A");
        cols.add(sscA);
        for (int j = 0; j < m; j++) {
            names.add(style.fluorescence().get(j));
            cols.add(fl[j]);
        }
        names.add("Time");
        cols.add(time);
        List<String> stains = new ArrayList<>();
        for (String name : names) {
            String stain = null;
            if (s.writeStains() && name.equals(style.fluorescence().get(0))) {
                stain = "Annexin V-FITC";
            } else if (s.writeStains() && name.equals(style.fluorescence().get(viaDet))) {
                stain = "PI";
            }
            stains.add(stain);
        }
        double max = style.range() - 1;
        double[][] out = new double[cols.size()][];
        for (int c = 0; c < cols.size(); c++) {
            double[] col = cols.get(c);
            boolean isTime = c == cols.size() - 1;
            for (int i = 0; i < n && !isTime; i++) {
                double v = Math.min(max, col[i]);
                if (!style.negativesAfterBaseline()) {
                    v = Math.max(0, v);
                }
                col[i] = style.integerData() ? Math.rint(v) : (float) v;
            }
            out[c] = col;
        }
        return new SimulatedSample(s, names, stains, out, truth, style.fluorescence(), spill, style.range(), 0.01);
    }

    /** Default spillover, rows = dye primarily in detector i; downstream spill decays, a little upstream. */
    static double[][] spillover(int m, double scale) {
        double[][] sp = new double[m][m];
        for (int i = 0; i < m; i++) {
            sp[i][i] = 1;
            double first = i == 0 ? 0.20 : 0.30;
            for (int j = i + 1; j < m; j++) {
                sp[i][j] = Math.min(0.9, scale * first * Math.pow(0.2, j - i - 1));
            }
            if (i > 0) {
                sp[i][i - 1] = Math.min(0.9, scale * 0.01);
            }
        }
        return sp;
    }

    private static EventClass[] classes(Scenario s, SplittableRandom rnd) {
        int n = s.events();
        int debris = (int) Math.round(n * s.debrisFraction());
        int doublets = (int) Math.round(n * s.doubletFraction());
        int cells = n - debris - doublets;
        int early = (int) Math.round(cells * s.early());
        int late = (int) Math.round(cells * s.late());
        int necrotic = (int) Math.round(cells * s.necrotic());
        int live = Math.max(0, cells - early - late - necrotic);
        EventClass[] t = new EventClass[n];
        int k = 0;
        k = fill(t, k, debris, EventClass.DEBRIS);
        k = fill(t, k, doublets, EventClass.DOUBLET);
        k = fill(t, k, live, EventClass.LIVE);
        k = fill(t, k, early, EventClass.EARLY);
        k = fill(t, k, late, EventClass.LATE);
        fill(t, k, n - k, EventClass.NECROTIC);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            EventClass tmp = t[i];
            t[i] = t[j];
            t[j] = tmp;
        }
        return t;
    }

    private static int fill(EventClass[] t, int from, int count, EventClass c) {
        for (int i = 0; i < count && from + i < t.length; i++) {
            t[from + i] = c;
        }
        return Math.min(t.length, from + count);
    }

    private static EventClass drawCellClass(Scenario s, SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < s.live()) {
            return EventClass.LIVE;
        }
        u -= s.live();
        if (u < s.early()) {
            return EventClass.EARLY;
        }
        u -= s.early();
        return u < s.late() ? EventClass.LATE : EventClass.NECROTIC;
    }

    /** Heavy-tailed, right-skewed standard variate (not Gaussian on purpose). */
    private static double skewT(SplittableRandom rnd, double skew) {
        double z = rnd.nextGaussian();
        if (rnd.nextDouble() < 0.05) {
            z *= 2.2; // heavy tails
        }
        double h = Math.abs(rnd.nextGaussian());
        return (z + skew * (h - 0.798)) / Math.sqrt(1 + skew * skew * 0.36);
    }

    private static void cell(Scenario s, Biology bio, SplittableRandom rnd, EventClass c, Cell out) {
        int k = c.ordinal() - EventClass.LIVE.ordinal();
        double scale = s.style().scale();
        double zf = skewT(rnd, -0.6);
        out.fscA = scale * FSC_MEDIAN[0] * bio.fscFactor()[k] * Math.pow(10, bio.fscSd() * FSC_SD[k] * zf);
        double zs = 0.5 * zf + 0.87 * skewT(rnd, 0.5);
        out.sscA = scale * SSC_MEDIAN[k] * Math.pow(10, bio.sscSd() * SSC_SD[k] * zs);
        double ratio = bio.ratio() * Math.exp(bio.ratioSd() * rnd.nextGaussian()) * Math.pow(out.fscA / (scale * 85000), 0.04);
        out.fscH = out.fscA / ratio;
        autofluorescence(s, bio, rnd, out);
        double negA = ANNEXIN_NEGATIVE * scale * bio.af();
        double posA = negA * Math.pow(10, s.annexinDecades());
        double negV = viabilityAf(s) * bio.af();
        double posV = negV * Math.pow(10, s.viabilityDecades());
        double nonspecific = 0.12 * negA * Math.exp(0.5 * rnd.nextGaussian());
        double annexin;
        double viability = 0;
        switch (c) {
            case EARLY -> annexin = rnd.nextDouble() < bio.transitionalEarly()
                    ? transitional(rnd, negA, posA)
                    : posA * Math.pow(10, bio.annexinSpread() * skewT(rnd, 0.4));
            case LATE -> {
                annexin = posA * Math.pow(10, 0.15 + 1.1 * bio.annexinSpread() * skewT(rnd, 0.3));
                viability = rnd.nextDouble() < bio.transitionalLate()
                        ? transitional(rnd, negV, posV)
                        : posV * Math.pow(10, bio.viabilitySpread() * skewT(rnd, -0.3));
            }
            case NECROTIC -> {
                annexin = nonspecific * 1.5;
                viability = posV * Math.pow(10, 0.1 + bio.viabilitySpread() * skewT(rnd, -0.3));
            }
            default -> annexin = nonspecific;
        }
        out.annexin = s.annexinStained() ? annexin : 0;
        out.viability = s.viabilityStained() ? viability : 0;
    }

    /** A cell on its way: log-uniform over the upper 65% of the way from negative to positive. */
    private static double transitional(SplittableRandom rnd, double neg, double pos) {
        double lo = Math.log10(neg) + 0.35 * (Math.log10(pos) - Math.log10(neg));
        return Math.pow(10, lo + rnd.nextDouble() * (Math.log10(pos) - lo));
    }

    private static double viabilityAf(Scenario s) {
        return 150 * s.style().scale();
    }

    /** Correlated autofluorescence in every detector, decreasing toward the red, growing with cell size. */
    private static void autofluorescence(Scenario s, Biology bio, SplittableRandom rnd, Cell out) {
        double scale = s.style().scale();
        double z = bio.afSpread() * rnd.nextGaussian();
        double size = Math.sqrt(Math.max(0.05, out.fscA / (scale * 85000)));
        for (int j = 0; j < out.signal.length; j++) {
            double base = scale * 220 * bio.af() * Math.pow(0.6, j);
            out.signal[j] = base * Math.exp(z + 0.1 * rnd.nextGaussian()) * size;
        }
    }

    private static void debris(Scenario s, Biology bio, SplittableRandom rnd, Cell out) {
        double scale = s.style().scale();
        double logF;
        do {
            logF = bio.debrisTop() - bio.debrisDecay() * -Math.log(1 - rnd.nextDouble()); // density rising toward the trigger
        } while (logF < Math.log10(TRIGGER));
        out.fscA = scale * Math.pow(10, logF);
        out.sscA = scale * Math.pow(10, 3.75 + 0.4 * (logF - 3.7) + 0.30 * rnd.nextGaussian());
        out.fscH = out.fscA / (1.2 * Math.exp(0.12 * rnd.nextGaussian()));
        autofluorescence(s, bio, rnd, out);
        for (int j = 0; j < out.signal.length; j++) {
            out.signal[j] *= 0.5;
        }
        double negA = ANNEXIN_NEGATIVE * scale * bio.af();
        double u = rnd.nextDouble();
        double annexin = 0.1 * negA * Math.exp(0.5 * rnd.nextGaussian());
        double viability = 0;
        if (u < 0.3) {
            annexin = negA * Math.pow(10, s.annexinDecades() * (0.3 + 0.6 * rnd.nextDouble()));
        } else if (u < 0.55) {
            viability = viabilityAf(s) * bio.af() * Math.pow(10, s.viabilityDecades() * (0.2 + 0.7 * rnd.nextDouble()));
        }
        out.annexin = s.annexinStained() ? annexin : 0;
        out.viability = s.viabilityStained() ? viability : 0;
    }

    /** Photon (Poisson-like) plus electronic noise; baseline restore leaves negatives around zero. */
    private static double detect(double signal, InstrumentStyle style, SplittableRandom rnd) {
        double scale = style.scale();
        double photon = Math.sqrt(Math.max(0, signal) * 2.0 * scale);
        double electronic = 30 * scale;
        double baseline = style.negativesAfterBaseline() ? 0 : 40 * scale; // Accuri-like positive offset
        return signal + baseline + photon * rnd.nextGaussian() + electronic * rnd.nextGaussian();
    }

    private static double[] time(Scenario s, SplittableRandom rnd) {
        int n = s.events();
        double[] t = new double[n];
        double gapStart = 0.4 * TIME_TICKS;
        double gapLength = 0.1 * TIME_TICKS;
        double burstStart = 0.75 * TIME_TICKS;
        double acc = 0;
        double mean = TIME_TICKS / Math.max(1, n);
        for (int i = 0; i < n; i++) {
            double gap = -Math.log(1 - rnd.nextDouble()) * mean;
            acc += gap;
            double v = acc;
            if (s.timeAnomaly()) {
                v = acc * 0.88;                              // compress to leave room for the clog
                if (v >= gapStart) {
                    v += gapLength;                          // nothing recorded during the clog
                }
                if (v >= burstStart && v < burstStart + 0.06 * TIME_TICKS) {
                    v = burstStart + (v - burstStart) * 0.25; // burst: events crowd together
                }
            }
            t[i] = Math.floor(v);
        }
        return t;
    }

    /** Scratch values of one event (reused, no per-event allocation). */
    private static final class Cell {
        double fscA;
        double fscH;
        double sscA;
        double annexin;
        double viability;
        final double[] signal;

        Cell(int detectors) {
            signal = new double[detectors];
        }
    }
}
