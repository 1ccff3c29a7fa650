package org.apogate.transform;

/**
 * Gating-ML 2.0 {@code flog}: {@code y = (1/M) * log10(x/T) + 1}, mapping (0, T] onto (-inf, 1] with
 * M decades per unit. Constraints: {@code T > 0}, {@code M > 0}. The function is undefined for
 * {@code x <= 0}; as in FlowKit (numpy) we return IEEE results: {@code -Infinity} for 0 and
 * {@code NaN} for negative x, so such events fall outside every gate instead of failing the run.
 *
 * @param t top of scale T
 * @param m number of decades M
 */
public record LogTransform(double t, double m) implements Transform {

    public LogTransform {
        Check.positive("flog", "T", t);
        Check.positive("flog", "M", m);
    }

    @Override
    public double apply(double x) {
        return Math.log10(x / t) / m + 1;
    }

    @Override
    public double inverse(double y) {
        return t * Math.pow(10, (y - 1) * m);
    }
}
