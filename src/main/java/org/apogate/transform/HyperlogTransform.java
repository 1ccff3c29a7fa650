package org.apogate.transform;

/**
 * Gating-ML 2.0 {@code hyperlog} (Bagwell 2005): the display value y (T maps to 1) is the root of
 * {@code EH(y) = a e^(b y) + c y - f - x} for y &gt;= x1, reflected ({@code EH(y) = -EH(2 x1 - y)})
 * below, with {@code w = W/(M+A), x2 = A/(M+A), x1 = x2 + w, x0 = x2 + 2w, b = (M+A) ln10,
 * e0 = e^(b x0), ca = e0/w, fa = e^(b x1) + ca x1, a = T/(e^b + ca - fa), c = ca a, f = fa a}.
 *
 * <p>Constraints: {@code T > 0}, {@code M > 0}, {@code 0 < W <= M/2}, {@code -W <= A <= M - 2W}.
 */
public final class HyperlogTransform extends BiexScaleTransform {

    public HyperlogTransform(double t, double w, double m, double a) {
        super(t, w, m, a, build(Check.positive("hyperlog", "T", t), w, Check.positive("hyperlog", "M", m),
                validA(w, m, a)));
    }

    /** Checks W (strictly positive: W = 0 divides by zero) then A, before the curve is built. */
    private static double validA(double w, double m, double a) {
        if (!(w > 0)) {
            throw new TransformException("hyperlog parameter W = " + w
                    + " is out of range: must satisfy 0 < W <= M/2 (here (0, " + m / 2 + "])");
        }
        Check.between("hyperlog", "W", w, 0, m / 2, "0 < W <= M/2");
        return Check.between("hyperlog", "A", a, -w, m - 2 * w, "-W <= A <= M - 2W");
    }

    private static BiexCurve build(double t, double bigW, double m, double bigA) {
        double w = bigW / (m + bigA);
        double x2 = bigA / (m + bigA);
        double x1 = x2 + w;
        double x0 = x2 + 2 * w;
        double b = (m + bigA) * LN10;
        double ca = Math.exp(b * x0) / w;
        double fa = Math.exp(b * x1) + ca * x1;
        double aa = t / ((Math.exp(b) + ca) - fa);
        return new BiexCurve("hyperlog", aa, b, 0, 0, ca * aa, -fa * aa, x1, w / 4, false);
    }
}
