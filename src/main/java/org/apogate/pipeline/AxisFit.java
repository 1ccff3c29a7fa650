package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apogate.auto.Threshold;
import org.apogate.auto.ThresholdFinder;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.LogicleConfig;
import org.apogate.config.ThresholdMethod;
import org.apogate.config.ThresholdUnits;
import org.apogate.config.TransformKind;
import org.apogate.gating.ScaleTransform;
import org.apogate.transform.AsinhTransform;
import org.apogate.transform.LogicleEstimator;
import org.apogate.transform.LogicleTransform;
import org.apogate.transform.Transform;

/**
 * One gating axis (Annexin V or the viability dye): its display transform, fitted per sample, and
 * its positivity threshold, found by the first configured method that applies.
 */
public record AxisFit(String axis, String channel, ScaleTransform transform, Threshold threshold,
                      List<String> notes) {

    /** asinh is written as Gating-ML fasinh with this M; T is chosen so that y ~ asinh(x / cofactor). */
    static final double ASINH_M = 4.5;

    /**
     * @param gated   compensated values of single non-debris cells (sample rows)
     * @param control compensated values of the matching negative control's cells, or null
     * @param fixed   configured fixed threshold for this axis, or null
     */
    static AxisFit fit(String axis, String channel, double range, double[] gated, double[] control, Double fixed,
                       ApoGateConfig config, ThresholdFinder finder) {
        return fit(axis, channel, range, gated, control, fixed, config, finder, null, null);
    }

    /**
     * The viability axis, fitted knowing the annexin axis: its auto threshold is found on the
     * annexin-positive cells (early vs late apoptotic), where the PI split stays clean even when FITC
     * light spills into the PI detector (uncompensated or under-compensated data).
     *
     * @param annexinGated compensated annexin values of the same cells as {@code gated}, or null
     * @param annexinFit   the annexin axis already fitted, or null
     */
    static AxisFit fit(String axis, String channel, double range, double[] gated, double[] control, Double fixed,
                       ApoGateConfig config, ThresholdFinder finder, double[] annexinGated, AxisFit annexinFit) {
        ScaleTransform st = transform(axis, range, gated, config);
        Transform t = st.function();
        List<String> notes = new ArrayList<>();
        Threshold threshold = null;
        for (ThresholdMethod m : config.gating().thresholds().methods()) {
            if (m == ThresholdMethod.CONTROLS) {
                if (control == null || control.length == 0) {
                    notes.add(axis + ": no matching control tube, controls method skipped");
                    continue;
                }
                double[] controlT = applied(t, control);
                threshold = ControlAlignment.align(finder.fromControl(controlT, control.length, t), controlT,
                        applied(t, gated), t);
            } else if (m == ThresholdMethod.AUTO) {
                if (gated.length == 0) {
                    notes.add(axis + ": no cells to fit, auto method skipped");
                    continue;
                }
                // all sampled cells (gating.sample_size bounds them); the fit's cost does not grow with their number
                threshold = annexinFit == null ? finder.auto(applied(t, gated), gated.length, t)
                        : finder.autoViability(applied(t, gated), applied(annexinFit.transform().function(), annexinGated),
                                gated.length, annexinFit.threshold(), t);
            } else {
                if (fixed == null) {
                    continue;
                }
                boolean raw = config.gating().thresholds().fixed().units() == ThresholdUnits.RAW;
                threshold = finder.fixed(fixed, raw, t);
            }
            break;
        }
        if (threshold == null) {
            throw new PipelineException(axis + " threshold: no configured method applies (methods "
                    + config.gating().thresholds().methods() + ")");
        }
        return new AxisFit(axis, channel, st, threshold, notes);
    }

    /** A transformed copy, through the bulk (table) path pass 2 uses (exact per-value solves cost ~40x more). */
    static double[] applied(Transform t, double[] raw) {
        double[] out = raw.clone();
        t.applyInPlace(out, out.length);
        return out;
    }

    private static ScaleTransform transform(String axis, double range, double[] gated, ApoGateConfig config) {
        String id = axis + "_" + config.transform().kind().name().toLowerCase(Locale.ROOT);
        Map<String, Double> params = new LinkedHashMap<>();
        if (config.transform().kind() == TransformKind.ASINH) {
            double cofactor = config.transform().asinh().cofactor();
            double tTop = cofactor * Math.sinh(ASINH_M * Math.log(10));
            params.put("T", tTop);
            params.put("M", ASINH_M);
            params.put("A", 0.0);
            return new ScaleTransform(id, "fasinh", params, new AsinhTransform(tTop, ASINH_M, 0));
        }
        LogicleConfig lc = config.transform().logicle();
        double top = lc.t() != null ? lc.t() : topOfScale(range, gated);
        LogicleTransform lt = lc.w() != null ? new LogicleTransform(top, lc.w(), lc.m(), lc.a())
                : LogicleEstimator.estimate(gated, gated.length, top, lc.m());
        params.put("T", lt.t());
        params.put("W", lt.w());
        params.put("M", lt.m());
        params.put("A", lt.a());
        return new ScaleTransform(id, "logicle", params, lt);
    }

    /** $PnR when it is a real range, else the data maximum (some exports write 0 or 1). */
    private static double topOfScale(double range, double[] values) {
        double max = 0;
        for (double v : values) {
            if (v > max && Double.isFinite(v)) {
                max = v;
            }
        }
        return range > 1 ? Math.max(range, 1) : Math.max(max, 1);
    }

    /** e.g. "logicle(T=262144,W=0.52,M=4.5,A=0)". */
    String describeTransform() {
        StringBuilder sb = new StringBuilder(transform.kind()).append('(');
        boolean first = true;
        for (Map.Entry<String, Double> e : transform.parameters().entrySet()) {
            sb.append(first ? "" : ",").append(e.getKey()).append('=').append(Numbers.compact(e.getValue()));
            first = false;
        }
        return sb.append(')').toString();
    }
}
