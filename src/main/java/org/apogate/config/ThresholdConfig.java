package org.apogate.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How the annexin and viability thresholds are chosen: the first of {@code methods} that applies wins. */
public record ThresholdConfig(List<ThresholdMethod> methods, double controlPercentile,
        AutoThresholdConfig auto, FixedThresholds fixed) {

    public ThresholdConfig {
        methods = methods == null ? defaults().methods() : List.copyOf(methods);
        auto = auto == null ? AutoThresholdConfig.defaults() : auto;
        fixed = fixed == null ? FixedThresholds.defaults() : fixed;
        Violations v = new Violations();
        v.require(!methods.isEmpty(), "methods", "must list at least one of controls, auto, fixed");
        Set<ThresholdMethod> seen = new HashSet<>();
        for (ThresholdMethod m : methods) {
            v.require(seen.add(m), "methods", "lists " + m.configName() + " twice");
        }
        v.require(Double.isFinite(controlPercentile) && controlPercentile > 50 && controlPercentile < 100,
                "control_percentile", "must be between 50 and 100, got " + Violations.num(controlPercentile));
        if (methods.size() == 1 && methods.get(0) == ThresholdMethod.FIXED && !fixed.isSet()) {
            v.add("fixed", "methods is [fixed] but fixed.annexin and fixed.viability are not set");
        }
        if (fixed.isSet() && !methods.contains(ThresholdMethod.FIXED)) {
            v.add("fixed", "thresholds are set but methods does not include fixed, so they would be ignored");
        }
        v.throwIfAny();
    }

    public static ThresholdConfig defaults() {
        return new ThresholdConfig(List.of(ThresholdMethod.CONTROLS, ThresholdMethod.AUTO, ThresholdMethod.FIXED),
                99.5, AutoThresholdConfig.defaults(), FixedThresholds.defaults());
    }
}
