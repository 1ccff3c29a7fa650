package org.apogate.config;

/** Fixed quadrant thresholds; both null means "not set" (method fixed then does not apply). */
public record FixedThresholds(Double annexin, Double viability, ThresholdUnits units) {

    public FixedThresholds {
        units = units == null ? ThresholdUnits.RAW : units;
        Violations v = new Violations();
        if (annexin != null) {
            v.require(Double.isFinite(annexin), "annexin", "must be a finite number, got " + annexin);
        }
        if (viability != null) {
            v.require(Double.isFinite(viability), "viability", "must be a finite number, got " + viability);
        }
        if ((annexin == null) != (viability == null)) {
            v.add(annexin == null ? "annexin" : "viability", "set both annexin and viability, or neither");
        }
        v.throwIfAny();
    }

    public static FixedThresholds defaults() {
        return new FixedThresholds(null, null, ThresholdUnits.RAW);
    }

    public boolean isSet() {
        return annexin != null && viability != null;
    }
}
