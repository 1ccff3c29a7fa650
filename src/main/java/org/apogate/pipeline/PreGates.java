package org.apogate.pipeline;

import org.apogate.auto.ChannelRole;
import org.apogate.auto.ChannelRoles;
import org.apogate.auto.DebrisFinder;
import org.apogate.auto.DebrisGate;
import org.apogate.auto.ReservoirSample;
import org.apogate.auto.SingletFinder;
import org.apogate.auto.SingletGate;
import org.apogate.config.ApoGateConfig;

/**
 * Debris exclusion then singlets, fitted on the pass-1 sample. {@code keep[i]} marks sample rows that
 * are single, non-debris cells, the population every threshold is fitted on.
 */
public record PreGates(DebrisGate debris, SingletGate singlets, boolean[] keep, int kept) {

    static PreGates fit(double[][] rows, int n, ChannelRoles roles, ApoGateConfig config) {
        int fscA = roles.require(ChannelRole.FSC_A);
        int sscA = roles.require(ChannelRole.SSC_A);
        int fscH = roles.index(ChannelRole.FSC_H).orElse(-1);
        DebrisGate debris = fitDebris(rows[fscA], rows[sscA], n, config);
        boolean[] cell = new boolean[n];
        int cells = 0;
        for (int i = 0; i < n; i++) {
            cell[i] = debris.isCell(rows[fscA][i]);
            if (cell[i]) {
                cells++;
            }
        }
        SingletGate singlets;
        if (!config.gating().singlets().enabled()) {
            singlets = SingletGate.skipped("singlet gate disabled in config");
        } else if (fscH < 0) {
            singlets = SingletGate.skipped("no FSC-H channel: singlet gate skipped");
        } else {
            double[] a = new double[cells];
            double[] h = new double[cells];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (cell[i]) {
                    a[m] = rows[fscA][i];
                    h[m++] = rows[fscH][i];
                }
            }
            singlets = new SingletFinder().find(a, h, m, config.gating().singlets().tolerance());
        }
        boolean[] keep = new boolean[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            keep[i] = cell[i] && (!singlets.enabled() || singlets.isSinglet(rows[fscA][i], rows[fscH][i]));
            if (keep[i]) {
                kept++;
            }
        }
        return new PreGates(debris, singlets, keep, kept);
    }

    /** Seed offset of the debris subsample, so it is not drawn in step with the pass-1 sample. */
    static final long DEBRIS_SEED = 0x9E3779B97F4A7C15L;

    /**
     * The debris line from at most {@code gating.debris.max_sample} of the sample's events (a seeded
     * subsample when there are more); every sampled event is then classified by it.
     */
    private static DebrisGate fitDebris(double[] fscA, double[] sscA, int n, ApoGateConfig config) {
        String method = config.gating().debris().method().name().toLowerCase(java.util.Locale.ROOT);
        int limit = config.gating().debris().maxSample();
        if (n <= limit) {
            return new DebrisFinder().find(fscA, sscA, n, method);
        }
        ReservoirSample sub = new ReservoirSample(2, limit, config.seed() ^ DEBRIS_SEED);
        sub.add(new double[][] {fscA, sscA}, n);
        return new DebrisFinder().find(sub.column(0), sub.column(1), sub.size(), method);
    }

    /** Values of {@code column} at kept rows. */
    double[] keptValues(double[] column) {
        double[] out = new double[kept];
        int m = 0;
        for (int i = 0; i < keep.length; i++) {
            if (keep[i]) {
                out[m++] = column[i];
            }
        }
        return out;
    }
}
