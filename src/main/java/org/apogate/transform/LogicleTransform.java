package org.apogate.transform;

import java.util.Objects;

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
public final class LogicleTransform implements Transform {
    private static final double LN10 = Math.log(10);

    private final double t;
    private final double w;
    private final double m;
    private final double a;
    private final BiexCurve curve;
    /** Built on first bulk use (~1 ms); benign race: every thread builds the same table. */
    private volatile FastBiexTable fast;

    public LogicleTransform(double t, double w, double m, double a) {
        this.t = Check.positive("logicle", "T", t);
        this.m = Check.positive("logicle", "M", m);
        this.w = Check.between("logicle", "W", w, 0, m / 2, "0 <= W <= M/2");
        this.a = Check.between("logicle", "A", a, -w, m - 2 * w, "-W <= A <= M - 2W");
        this.curve = build(t, w, m, a);
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

    public double t() {
        return t;
    }

    public double w() {
        return w;
    }

    public double m() {
        return m;
    }

    public double a() {
        return a;
    }

    /** Display value of data zero, {@code (W + A) / (M + A)}. */
    public double zeroPoint() {
        return curve.zero();
    }

    /** Exact logicle value (Halley to full double precision). */
    @Override
    public double apply(double x) {
        return curve.solve(x);
    }

    @Override
    public double inverse(double y) {
        return curve.x(y);
    }

    /**
     * Bulk transform to display values via a precomputed interpolation table: within 1e-9 relative
     * (in practice ~1e-12) of {@link #apply}, and many times faster than solving each value.
     */
    @Override
    public void applyInPlace(double[] values, int n) {
        fastTable().solveInPlace(values, n, 1);
    }

    FastBiexTable fastTable() {
        FastBiexTable table = fast;
        if (table == null) {
            table = new FastBiexTable(curve);
            fast = table;
        }
        return table;
    }

    BiexCurve curve() {
        return curve;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogicleTransform other && Double.compare(t, other.t) == 0
                && Double.compare(w, other.w) == 0 && Double.compare(m, other.m) == 0
                && Double.compare(a, other.a) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(t, w, m, a);
    }

    @Override
    public String toString() {
        return "LogicleTransform[t=" + t + ", w=" + w + ", m=" + m + ", a=" + a + "]";
    }
}
