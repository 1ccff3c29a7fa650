package org.apogate.config;

/**
 * Logicle parameters (Parks et al. 2006; constraints as in Gating-ML 2.0: T > 0, M > 0,
 * 0 <= W <= M/2, -W <= A <= M - 2W). Null t or w means estimated per sample.
 */
public record LogicleConfig(Double t, Double w, double m, double a) {

    public LogicleConfig {
        Violations v = new Violations();
        if (t != null) {
            v.require(Double.isFinite(t) && t > 0, "t", "must be a number > 0 (top of scale), got " + Violations.num(t));
        }
        v.require(Double.isFinite(m) && m > 0, "m", "must be > 0 (decades), got " + Violations.num(m));
        boolean widthOk = w == null || (Double.isFinite(w) && w >= 0 && (!(m > 0) || w <= m / 2));
        v.require(widthOk, "w", "must be between 0 and m/2 = " + Violations.num(m / 2) + ", got "
                + (w == null ? "null" : Violations.num(w)));
        if (widthOk && Double.isFinite(m) && m > 0) {
            // a's range depends on w, so it is only judged once w itself is valid.
            double width = w == null ? 0 : w;
            v.require(Double.isFinite(a) && a >= -width && a <= m - 2 * width, "a",
                    "must be between -w and m - 2w (" + Violations.num(-width) + " .. " + Violations.num(m - 2 * width)
                            + "), got " + Violations.num(a));
        }
        v.throwIfAny();
    }

    public static LogicleConfig defaults() {
        return new LogicleConfig(null, null, 4.5, 0.0);
    }
}
