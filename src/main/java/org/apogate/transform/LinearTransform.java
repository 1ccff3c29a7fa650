package org.apogate.transform;

/**
 * Gating-ML 2.0 {@code flin}: {@code y = (x + A) / (T + A)}, mapping [-A, T] onto [0, 1] (defined for
 * every x). Constraints: {@code T > 0}, {@code 0 <= A <= T}.
 *
 * @param t top of scale T
 * @param a bottom offset A
 */
public record LinearTransform(double t, double a) implements Transform {

    public LinearTransform {
        Check.positive("flin", "T", t);
        Check.between("flin", "A", a, 0, t, "0 <= A <= T");
    }

    @Override
    public double apply(double x) {
        return (x + a) / (t + a);
    }

    @Override
    public double inverse(double y) {
        return y * (t + a) - a;
    }

    @Override
    public boolean increasingEverywhere() {
        return true;
    }
}
