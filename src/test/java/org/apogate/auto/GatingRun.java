package org.apogate.auto;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apogate.simulate.EventClass;
import org.apogate.simulate.SimulatedSample;
import org.apogate.transform.LogicleEstimator;
import org.apogate.transform.Transform;

/**
 * Test harness: runs the stages like the pipeline will (compensate with the known matrix when
 * asked, debris -> singlets -> transform -> thresholds -> quadrant counts) on a simulated tube, and
 * compares with truth.
 */
final class GatingRun {
    final double[] found = new double[4];   // live, early, late, necrotic percent
    final double[] truth = new double[4];
    Threshold annexin;
    Threshold viability;
    DebrisGate debris;
    SingletGate singlets;

    /** Gated, compensated, transformed annexin (0) and viability (1) values of a tube. */
    static double[][] gatedAxes(SimulatedSample s, boolean compensate, boolean[] keepOut, GatingRun run) {
        double[][] cols = s.columns();
        int n = s.events();
        int fa = s.names().indexOf("FSC-A");
        int fh = s.names().indexOf("FSC-H");
        int sa = s.names().indexOf("SSC-A");
        ChannelRoles roles = new ChannelRoleDetector().detect(s.names(), s.stains(), java.util.Map.of());
        int ann = roles.require(ChannelRole.ANNEXIN);
        int via = roles.require(ChannelRole.VIABILITY);
        if (compensate) {
            compensate(s, cols);
        }
        DebrisGate dg = new DebrisFinder().find(cols[fa], cols[sa], n, "cluster");
        boolean[] cell = new boolean[n];
        int nc = 0;
        for (int i = 0; i < n; i++) {
            cell[i] = dg.isCell(cols[fa][i]);
            if (cell[i]) {
                nc++;
            }
        }
        double[] ca = new double[nc];
        double[] ch = fh < 0 ? null : new double[nc];
        for (int i = 0, k = 0; i < n; i++) {
            if (cell[i]) {
                ca[k] = cols[fa][i];
                if (ch != null) {
                    ch[k] = cols[fh][i];
                }
                k++;
            }
        }
        SingletGate sg = new SingletFinder().find(ca, ch, nc, 4.0);
        int g = 0;
        for (int i = 0; i < n; i++) {
            keepOut[i] = cell[i] && sg.isSinglet(cols[fa][i], fh < 0 ? 0 : cols[fh][i]);
            if (keepOut[i]) {
                g++;
            }
        }
        double[][] axes = new double[2][g];
        for (int i = 0, k = 0; i < n; i++) {
            if (keepOut[i]) {
                axes[0][k] = cols[ann][i];
                axes[1][k] = cols[via][i];
                k++;
            }
        }
        if (run != null) {
            run.debris = dg;
            run.singlets = sg;
        }
        return axes;
    }

    static void compensate(SimulatedSample s, double[][] cols) {
        double[][] sp = s.spillover();
        RealMatrix inv = new LUDecomposition(new Array2DRowRealMatrix(sp)).getSolver().getInverse();
        int m = sp.length;
        int[] idx = new int[m];
        for (int j = 0; j < m; j++) {
            idx[j] = s.names().indexOf(s.spilloverChannels().get(j));
        }
        double[] row = new double[m];
        for (int i = 0; i < s.events(); i++) {
            for (int j = 0; j < m; j++) {
                row[j] = cols[idx[j]][i];
            }
            for (int j = 0; j < m; j++) {
                double v = 0;
                for (int k = 0; k < m; k++) {
                    v += row[k] * inv.getEntry(k, j);
                }
                cols[idx[j]][i] = v;
            }
        }
    }

    /** Chooses the display transform of one axis from the sample's gated raw values. */
    interface TransformChoice {
        Transform choose(double[] values, int n, double range);
    }

    /** The pipeline default: logicle, T = $PnR, W estimated (flowCore rule), M = 4.5. */
    static final TransformChoice LOGICLE = (v, n, range) -> LogicleEstimator.estimate(v, n, range);

    static GatingRun run(SimulatedSample sample, SimulatedSample annexinNegControl, SimulatedSample viabilityNegControl,
                         boolean compensate, TransformChoice choice) {
        GatingRun r = new GatingRun();
        int n = sample.events();
        boolean[] keep = new boolean[n];
        double[][] axes = gatedAxes(sample, compensate, keep, r);
        Transform ta = choice.choose(axes[0], axes[0].length, sample.range());
        Transform tv = choice.choose(axes[1], axes[1].length, sample.range());
        applyAll(ta, axes[0]);
        applyAll(tv, axes[1]);
        ThresholdFinder tf = new ThresholdFinder(ThresholdOptions.defaults());
        if (annexinNegControl != null) {
            double[][] c = gatedAxes(annexinNegControl, compensate, new boolean[annexinNegControl.events()], null);
            applyAll(ta, c[0]);
            r.annexin = tf.fromControl(c[0], c[0].length, ta);
        } else {
            r.annexin = tf.auto(axes[0], axes[0].length, ta);
        }
        if (viabilityNegControl != null) {
            double[][] c = gatedAxes(viabilityNegControl, compensate, new boolean[viabilityNegControl.events()], null);
            applyAll(tv, c[1]);
            r.viability = tf.fromControl(c[1], c[1].length, tv);
        } else {
            r.viability = r.annexin.method().startsWith("auto")
                    ? tf.autoViability(axes[1], axes[0], axes[1].length, r.annexin, tv)
                    : tf.auto(axes[1], axes[1].length, tv);
        }
        int g = axes[0].length;
        for (int k = 0; k < g; k++) {
            boolean a = r.annexin.isPositive(axes[0][k]);
            boolean v = r.viability.isPositive(axes[1][k]);
            r.found[a ? (v ? 2 : 1) : (v ? 3 : 0)]++;
        }
        for (int j = 0; j < 4; j++) {
            r.found[j] = 100.0 * r.found[j] / Math.max(1, g);
        }
        int cells = 0;
        for (EventClass c : sample.truth()) {
            if (c.isSingleCell()) {
                r.truth[c.ordinal() - EventClass.LIVE.ordinal()]++;
                cells++;
            }
        }
        for (int j = 0; j < 4; j++) {
            r.truth[j] = 100.0 * r.truth[j] / Math.max(1, cells);
        }
        return r;
    }

    private static void applyAll(Transform t, double[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = t.apply(v[i]);
        }
    }

    double maxError() {
        double m = 0;
        for (int j = 0; j < 4; j++) {
            m = Math.max(m, Math.abs(found[j] - truth[j]));
        }
        return m;
    }

    double meanError() {
        double s = 0;
        for (int j = 0; j < 4; j++) {
            s += Math.abs(found[j] - truth[j]);
        }
        return s / 4;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "found L%.2f E%.2f La%.2f N%.2f | truth L%.2f E%.2f La%.2f N%.2f | max %.2f | ann %s %.3f via %s %.3f debris %s %.4f",
                found[0], found[1], found[2], found[3], truth[0], truth[1], truth[2], truth[3], maxError(),
                annexin.method(), annexin.transformed(), viability.method(), viability.transformed(),
                debris.method(), debris.debrisFraction());
    }
}
