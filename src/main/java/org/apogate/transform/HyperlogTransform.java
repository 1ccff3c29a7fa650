package org.apogate.transform;

import java.util.Objects;

/**
 * Gating-ML 2.0 {@code hyperlog} (Bagwell 2005): the display value y (T maps to 1) is the root of
 * {@code EH(y) = a e^(b y) + c y - f - x} for y &gt;= x1, reflected ({@code EH(y) = -EH(2 x1 - y)})
 * below, with {@code w = W/(M+A), x2 = A/(M+A), x1 = x2 + w, x0 = x2 + 2w, b = (M+A) ln10,
 * e0 = e^(b x0), ca = e0/w, fa = e^(b x1) + ca x1, a = T/(e^b + ca - fa), c = ca a, f = fa a}.
 *
 * <p>Constraints: {@code T > 0}, {@code M > 0}, {@code 0 < W <= M/2}, {@code -W <= A <= M - 2W}.
 */
public final class HyperlogTransform implements Transform {
    private static final double LN10 = Math.log(10);

    private final double t;
    private final double w;
    private final double m;
    private final double a;
    private final BiexCurve curve;
    /** Built on first bulk use (~1 ms); benign race: every thread builds the same table. */
    private volatile FastBiexTable fast;

    public HyperlogTransform(double t, double w, double m, double a) {
        this.t = Check.positive("hyperlog", "T", t);
        this.m = Check.positive("hyperlog", "M", m);
        if (!(w > 0)) {
            throw new TransformException("hyperlog parameter W = " + w
                    + " is out of range: must satisfy 0 < W <= M/2 (here (0, " + m / 2 + "])");
        }
        this.w = Check.between("hyperlog", "W", w, 0, m / 2, "0 < W <= M/2");
        this.a = Check.between("hyperlog", "A", a, -w, m - 2 * w, "-W <= A <= M - 2W");
        this.curve = build(t, w, m, a);
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
        return o instanceof HyperlogTransform other && Double.compare(t, other.t) == 0
                && Double.compare(w, other.w) == 0 && Double.compare(m, other.m) == 0
                && Double.compare(a, other.a) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(t, w, m, a);
    }

    @Override
    public String toString() {
        return "HyperlogTransform[t=" + t + ", w=" + w + ", m=" + m + ", a=" + a + "]";
    }
}
