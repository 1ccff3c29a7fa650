package org.apogate.auto;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.apogate.transform.Transform;

/**
 * The automatic chain on one tube's (sampled) events, on plain arrays: debris -> singlets ->
 * thresholds. The caller samples events (e.g. {@link ReservoirSample}, gating.sample_size),
 * compensates, and transforms the two fluorescence axes; then counts every event with
 * {@link ScatterGates#scatterClass} and {@link Threshold#isPositive}. Stateless and thread-safe;
 * every random choice comes from the {@code seed} argument.
 */
public final class AutoGater {
    private final DebrisOptions debris;
    private final SingletOptions singlets;
    private final ThresholdOptions thresholds;
    private final ThresholdMethods methods;

    public AutoGater(DebrisOptions debris, SingletOptions singlets, ThresholdOptions thresholds, ThresholdMethods methods) {
        this.debris = debris;
        this.singlets = singlets;
        this.thresholds = thresholds;
        this.methods = methods;
    }

    public static AutoGater defaults() {
        return new AutoGater(DebrisOptions.defaults(), SingletOptions.defaults(), ThresholdOptions.defaults(),
                ThresholdMethods.defaults());
    }

    /**
     * Debris and singlet gates from raw FSC-A, FSC-H (null when absent) and SSC-A. The debris fit uses
     * at most gating.debris.max_sample events, drawn with {@code seed}.
     */
    public ScatterGates scatter(double[] fscA, double[] fscH, double[] sscA, int n, long seed) {
        RobustStats.checkLength(fscA, n, "FSC-A");
        RobustStats.checkLength(sscA, n, "SSC-A");
        if (fscH != null) {
            RobustStats.checkLength(fscH, n, "FSC-H");
        }
        double[] fa = fscA;
        double[] sa = sscA;
        int m = n;
        if (n > debris.maxSample()) {
            ReservoirSample r = new ReservoirSample(2, debris.maxSample(), seed);
            r.add(new double[][] {fscA, sscA}, n);
            fa = r.column(0);
            sa = r.column(1);
            m = fa.length;
        }
        DebrisGate dg = new DebrisFinder().find(fa, sa, m, debris.method());
        SingletGate sg;
        if (!singlets.enabled()) {
            sg = SingletGate.skipped("singlet gate disabled in config");
        } else if (fscH == null) {
            sg = SingletGate.skipped("no FSC height channel: singlet gate skipped");
        } else {
            int cells = 0;
            for (int i = 0; i < n; i++) {
                if (dg.isCell(fscA[i])) {
                    cells++;
                }
            }
            double[] ca = new double[cells];
            double[] ch = new double[cells];
            for (int i = 0, k = 0; i < n; i++) {
                if (dg.isCell(fscA[i])) {
                    ca[k] = fscA[i];
                    ch[k++] = fscH[i];
                }
            }
            sg = new SingletFinder().find(ca, ch, cells, singlets.tolerance());
        }
        return new ScatterGates(dg, sg);
    }

    /** Values of {@code axis} for the single cells of a tube (e.g. a control tube's gated annexin values). */
    public static double[] singleCells(ScatterGates gates, double[] fscA, double[] fscH, double[] axis, int n) {
        int k = 0;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            if (gates.isSingleCell(fscA[i], fscH == null ? 0 : fscH[i])) {
                out[k++] = axis[i];
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Both thresholds and their flags. */
    public record Thresholds(Threshold annexin, Threshold viability, Set<QcFlag> flags) {
        public Thresholds {
            flags = flags.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(flags));
        }
    }

    /**
     * Thresholds on the transformed axes of the sample's single cells, by the first configured method
     * that applies per axis. {@code annexinNegative}: transformed annexin values of single cells of
     * the annexin-negative control (viability-only or unstained tube), or null; likewise
     * {@code viabilityNegative} (annexin-only or unstained tube). {@code controlsExpected}: the group
     * asked for controls (CONTROLS_MISSING is raised when they are absent).
     */
    public Thresholds thresholds(double[] annexinT, double[] viabilityT, int n, Transform annexinTransform,
                                 Transform viabilityTransform, double[] annexinNegative, double[] viabilityNegative,
                                 boolean controlsExpected) {
        ThresholdFinder f = new ThresholdFinder(thresholds);
        Set<QcFlag> flags = EnumSet.noneOf(QcFlag.class);
        Threshold ann = pick(f, annexinT, null, n, annexinTransform, annexinNegative, methods.fixedAnnexin(), null);
        Threshold via = pick(f, viabilityT, annexinT, n, viabilityTransform, viabilityNegative, methods.fixedViability(), ann);
        if (controlsExpected && (annexinNegative == null || viabilityNegative == null)) {
            flags.add(QcFlag.CONTROLS_MISSING);
        }
        flags.addAll(ann.flags());
        flags.addAll(via.flags());
        return new Thresholds(ann, via, flags);
    }

    private Threshold pick(ThresholdFinder f, double[] values, double[] annexinT, int n, Transform t, double[] control,
                           Double fixed, Threshold annexin) {
        List<String> tried = new ArrayList<>();
        for (String m : methods.order()) {
            String k = m.toLowerCase(Locale.ROOT);
            tried.add(k);
            if (k.equals("controls") && control != null && control.length >= 20) {
                return f.fromControl(control, control.length, t);
            }
            if (k.equals("fixed") && fixed != null) {
                return f.fixed(fixed, methods.fixedInRawUnits(), t);
            }
            if (k.equals("auto")) {
                return annexin != null && annexin.method().startsWith("auto")
                        ? f.autoViability(values, annexinT, n, annexin, t)
                        : f.auto(values, n, t);
            }
        }
        throw new AutoGatingException("no threshold method applies (tried " + tried
                + "): give control tubes, fixed values, or add auto to gating.thresholds.methods");
    }

    /** A seed for a sub-step derived from the run seed and a label, so steps do not share random streams. */
    public static long subSeed(long seed, String label) {
        return new SplittableRandom(seed ^ label.hashCode() * 0x9E3779B97F4A7C15L).nextLong();
    }
}
