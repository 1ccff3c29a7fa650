package org.apogate.transform;

/**
 * The odd-symmetric biexponential family behind logicle, hyperlog and FlowJo's biex, in the
 * normalised display coordinate u:
 * <pre>  x(u) = a e^(b u) - c e^(-d u) + g u + f      for u &gt;= zero,
 *   x(u) = -x(2 zero - u)                         for u &lt; zero,</pre>
 * with {@code x(zero) = 0}. Logicle has g = 0; hyperlog has c = 0, d = 0. Near the data zero the
 * closed form cancels catastrophically, so there we evaluate a Taylor series (as many terms as
 * the series' width needs for full precision, at least 16), and we
 * solve x(u) = value with Halley's method as in Moore &amp; Parks (2012), to full double precision.
 */
final class BiexCurve {
    private static final int MIN_TAYLOR_LENGTH = 16;
    private static final int MAX_TAYLOR_LENGTH = 120;
    private static final double EPSILON = Math.ulp(1.0);
    private static final int MAX_HALLEY_ITERATIONS = 50;
    /** Beyond this the derivatives of e^(b u) may overflow; usually the log alone is exact there. */
    private static final double HUGE = 1e290;

    private final String name;
    private final double a;
    private final double b;
    private final double c;
    private final double d;
    private final double g;
    private final double f;
    private final double zero;
    private final double taylorEnd;
    private final double[] taylor;
    private final double linearLimit;

    /**
     * @param name            transform name for error messages
     * @param taylorWidth     width in u above {@code zero} where the series replaces the closed form
     * @param logicleCondition the u^2 coefficient is exactly zero (logicle's defining condition);
     *                        setting it removes its rounding noise
     */
    /** Built on first bulk use (~1 ms); benign race: every thread builds the same table. */
    private volatile FastBiexTable fast;

    BiexCurve(String name, double a, double b, double c, double d, double g, double f, double zero,
            double taylorWidth, boolean logicleCondition) {
        this.name = name;
        this.a = a;
        this.b = b;
        this.c = c;
        this.d = d;
        this.g = g;
        this.f = f;
        this.zero = zero;
        this.taylorEnd = zero + taylorWidth;
        this.taylor = new double[taylorLength(Math.max(b, d) * taylorWidth)];
        double pos = a * Math.exp(b * zero);
        double neg = c * Math.exp(-d * zero);
        for (int i = 0; i < taylor.length; i++) {
            pos *= b / (i + 1);
            neg *= -d / (i + 1);
            taylor[i] = pos - neg;
        }
        taylor[0] += g;
        if (logicleCondition) {
            taylor[1] = 0;
        }
        this.linearLimit = x(taylorEnd);
    }

    /** The interpolation table for bulk solves of this curve, built once. */
    FastBiexTable fastTable() {
        FastBiexTable table = fast;
        if (table == null) {
            table = new FastBiexTable(this);
            fast = table;
        }
        return table;
    }

    double zero() {
        return zero;
    }

    /** dx/du at the data zero. */
    double slopeAtZero() {
        return taylor[0];
    }

    /** Data value at display coordinate u (the transform's inverse). */
    double x(double u) {
        boolean negative = u < zero;
        double s = negative ? 2 * zero - u : u;
        double value = s < taylorEnd ? series(s) : (a * Math.exp(b * s) + f) - c * Math.exp(-d * s) + g * s;
        return negative ? -value : value;
    }

    /** dx/du at u (always positive). */
    double slope(double u) {
        double s = u < zero ? 2 * zero - u : u;
        return a * b * Math.exp(b * s) + c * d * Math.exp(-d * s) + g;
    }

    /** d2x/du2 at u (odd around the zero point). */
    double curvature(double u) {
        boolean negative = u < zero;
        double s = negative ? 2 * zero - u : u;
        double value = a * b * b * Math.exp(b * s) - c * d * d * Math.exp(-d * s);
        return negative ? -value : value;
    }

    /** Display coordinate u with x(u) = value (the transform itself). */
    double solve(double value) {
        if (value == 0) {
            return zero;
        }
        if (Double.isNaN(value)) {
            return Double.NaN;
        }
        if (Double.isInfinite(value)) {
            return value;
        }
        boolean negative = value < 0;
        double u = solvePositive(Math.abs(value));
        return negative ? 2 * zero - u : u;
    }

    private double solvePositive(double v) {
        if (v > HUGE) {
            // only the e^(b u) term matters when the others are below double resolution of v
            double u = (Math.log(v) - Math.log(a)) / b;
            if (Math.abs(f) + c * Math.exp(-d * zero) + Math.abs(g * u) < 1e-17 * v) {
                return u;
            }
        }
        double u = v < linearLimit ? zero + v / taylor[0] : Math.log(v / a) / b;
        for (int i = 0; i < MAX_HALLEY_ITERATIONS; i++) {
            double ae = a * Math.exp(b * u);
            double ce = c * Math.exp(-d * u);
            double y = u < taylorEnd ? series(u) - v : (ae + f) - (ce + v) + g * u;
            double dy = b * ae + d * ce + g;
            double ddy = b * b * ae - d * d * ce;
            // Halley's step, written with ratios so that huge x cannot overflow y * ddy
            double newton = y / dy;
            double delta = newton / (1 - newton * (ddy / (2 * dy)));
            if (!Double.isFinite(delta)) {
                break;
            }
            u -= delta;
            if (Math.abs(delta) < 3 * EPSILON * Math.max(1, Math.abs(u))) {
                return u;
            }
        }
        return bisect(v);
    }

    /** Fallback if Halley ever fails to settle: slow but guaranteed (x is increasing). */
    private double bisect(double v) {
        double lo = zero;
        double hi = zero + 1;
        int guard = 0;
        while (x(hi) < v) {
            lo = hi;
            hi = zero + 2 * (hi - zero);
            if (++guard > 2000) {
                throw new TransformException(name + " cannot solve for data value " + v);
            }
        }
        for (int i = 0; i < 200 && lo < hi; i++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (x(mid) < v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Terms until z^n/n! (the relative size of the n-th term at the series' edge) is below 1e-18. */
    private static int taylorLength(double z) {
        double term = 1;
        int n = 0;
        while ((term > 1e-18 || n < MIN_TAYLOR_LENGTH) && n < MAX_TAYLOR_LENGTH) {
            n++;
            term *= z / n;
        }
        return n;
    }

    private double series(double s) {
        double t = s - zero;
        double sum = taylor[taylor.length - 1] * t;
        for (int i = taylor.length - 2; i >= 0; i--) {
            sum = (sum + taylor[i]) * t;
        }
        return sum;
    }

    /**
     * Root d of {@code 2 ln(d/b) + w (b + d) = 0} in (0, b], which makes the second derivative of
     * a e^(bu) - c e^(-du) vanish at the zero point (Parks et al. 2006). Safeguarded Newton.
     */
    static double solveD(double b, double w) {
        if (w == 0) {
            return b;
        }
        double lo = 0;
        double hi = b;
        double dd = 0.5 * b;
        for (int i = 0; i < 200; i++) {
            double fd = 2 * Math.log(dd / b) + w * (b + dd);
            if (fd == 0) {
                return dd;
            }
            if (fd < 0) {
                lo = dd;
            } else {
                hi = dd;
            }
            double next = dd - fd / (2 / dd + w);
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi); // Newton left the bracket: bisect
            }
            if (Math.abs(next - dd) <= 2 * EPSILON * b || next == dd) {
                return next;
            }
            dd = next;
        }
        return dd;
    }
}
