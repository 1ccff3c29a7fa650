package org.apogate.pipeline;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apogate.auto.Threshold;
import org.apogate.transform.Transform;

/**
 * Moves a control-tube threshold by how much brighter (or dimmer) the stained sample's negative cells
 * are than the control's. A negative control lacks what stained negatives carry (background Annexin V
 * binding on live cells, the other dye's compensation spread), so its percentile alone lets that
 * extra tail through as false positives. The shift compares the lower quartiles of both tubes' values
 * below the control threshold (dim positives sit near the threshold, not in the lower quartile), and is
 * capped at half the control's median-to-threshold distance so an unlike control cannot run away.
 */
final class ControlAlignment {
    private static final double QUANTILE = 0.25;
    private static final double MAX_SHIFT_FRACTION = 0.5;
    private static final int MIN_NEGATIVES = 200;

    private ControlAlignment() {
    }

    /**
     * @param fromControl       the control-percentile threshold (transformed units)
     * @param controlTransformed the control's transformed values on this axis
     * @param sampleTransformed the sample's transformed values on this axis
     */
    static Threshold align(Threshold fromControl, double[] controlTransformed, double[] sampleTransformed, Transform t) {
        double cut = fromControl.transformed();
        double[] control = below(controlTransformed, cut);
        double[] sample = below(sampleTransformed, cut);
        if (control.length < MIN_NEGATIVES || sample.length < MIN_NEGATIVES) {
            return fromControl;
        }
        double shift = quantile(sample, QUANTILE) - quantile(control, QUANTILE);
        double limit = MAX_SHIFT_FRACTION * Math.max(0, cut - quantile(control, 0.5));
        shift = Math.max(-limit, Math.min(limit, shift));
        double moved = cut + shift;
        Map<String, Double> d = new LinkedHashMap<>(fromControl.diagnostics());
        d.put("control_threshold", cut);
        d.put("sample_negative_shift", shift);
        return new Threshold(moved, t.inverse(moved), fromControl.method(), d, fromControl.flags());
    }

    private static double[] below(double[] values, double cut) {
        double[] out = new double[values.length];
        int m = 0;
        for (double v : values) {
            if (v < cut && Double.isFinite(v)) {
                out[m++] = v;
            }
        }
        double[] s = Arrays.copyOf(out, m);
        Arrays.sort(s);
        return s;
    }

    private static double quantile(double[] sorted, double p) {
        return org.apogate.numeric.Quantiles.type7(sorted, p);
    }
}
