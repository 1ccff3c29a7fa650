package org.apogate.transform;

/**
 * Gating-ML 2.0 {@code logicle} (Parks, Roederer &amp; Moore 2006; Moore &amp; Parks 2012): the
 * display value y in [0, 1] (T maps to 1) is the root of
 * {@code B(y) = a e^(b y) - c e^(-d y) - f - x} with
 * {@code w = W/(M+A), x2 = A/(M+A), x1 = x2 + w, x0 = x2 + 2w, b = (M+A) ln10} and d solving
 * {@code 2(ln d - ln b) + w(b + d) = 0}; data zero sits at y = x1. Solved to full double
 * precision with Halley's method and a Taylor series near zero.
 *
 * <p>Constraints: {@code T > 0}, {@code M > 0}, {@code 0 <= W <= M/2}, {@code -W <= A <= M - 2W}.
 */
public final class LogicleTransform extends BiexScaleTransform {

    public LogicleTransform(double t, double w, double m, double a) {
        super(t, w, m, a, build(Check.positive("logicle", "T", t), w, Check.positive("logicle", "M", m),
                validA(w, m, a)));
    }

    /** Checks W then A (A's range depends on W) before the curve is built. */
    private static double validA(double w, double m, double a) {
        Check.between("logicle", "W", w, 0, m / 2, "0 <= W <= M/2");
        return Check.between("logicle", "A", a, -w, m - 2 * w, "-W <= A <= M - 2W");
    }

    private static BiexCurve build(double t, double bigW, double m, double bigA) {
        double w = bigW / (m + bigA);
        double x2 = bigA / (m + bigA);
        double x1 = x2 + w;
        double x0 = x2 + 2 * w;
        double b = (m + bigA) * LN10;
        double d = BiexCurve.solveD(b, w);
        double ca = Math.exp(x0 * (b + d));
        double mfa = Math.exp(b * x1) - ca / Math.exp(d * x1);
        double aa = t / ((Math.exp(b) - mfa) - ca / Math.exp(d));
        // x(y) = a e^(by) - c e^(-dy) + f with f = -mfa * a puts data zero at x1
        double taylorWidth = Math.max(w, 1 / (m + bigA)) / 4;
        return new BiexCurve("logicle", aa, b, ca * aa, d, 0, -mfa * aa, x1, taylorWidth, true);
    }
}
