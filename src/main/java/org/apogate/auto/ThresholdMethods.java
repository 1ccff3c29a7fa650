package org.apogate.auto;

import java.util.List;
import java.util.Locale;

/**
 * Config {@code gating.thresholds.methods} (first that applies wins; default [controls, auto, fixed])
 * and {@code fixed} values. {@code controls} applies when the negative control values for the axis
 * are given, {@code fixed} when a value is set, {@code auto} always.
 */
public record ThresholdMethods(List<String> order, Double fixedAnnexin, Double fixedViability, boolean fixedInRawUnits) {
    public ThresholdMethods {
        order = List.copyOf(order);
        if (order.isEmpty()) {
            throw new AutoGatingException("gating.thresholds.methods must list at least one of controls, auto, fixed");
        }
        for (String m : order) {
            String k = m.toLowerCase(Locale.ROOT);
            if (!k.equals("controls") && !k.equals("auto") && !k.equals("fixed")) {
                throw new AutoGatingException("gating.thresholds.methods: unknown method '" + m + "' (controls, auto, fixed)");
            }
        }
    }

    public static ThresholdMethods defaults() {
        return new ThresholdMethods(List.of("controls", "auto", "fixed"), null, null, true);
    }
}
