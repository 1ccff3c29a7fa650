package org.apogate.transform;

/**
 * Fast evaluation of a {@link BiexCurve}'s solve (data value to display coordinate) for bulk
 * data, within about 1e-12 of the exact Halley solution.
 *
 * <p>The bins are read straight off the bits of |x|: the exponent and the top {@value #MANTISSA_BITS}
 * mantissa bits give 2^{@value #MANTISSA_BITS} equal bins per octave, so finding the bin is a
 * shift, not a search or a logarithm. In each bin u(x) is the quintic Hermite interpolant of the
 * exact solution and its exact first and second derivatives (u' = 1/x'(u), u'' = -x''(u)/x'(u)^3)
 * at both bin edges, stored as power-basis coefficients in the offset from the bin's left edge
 * (a cubic Hermite on 64 bins per octave was only good to ~2e-10 absolute; this is ~1e-14).
 * Below the first octave the curve is linear to far beyond double precision; above the last
 * (2^11 times the top of scale), NaN and infinities, we call the exact solver.
 */
final class FastBiexTable {
    static final int MANTISSA_BITS = 7;
    private static final int SHIFT = 52 - MANTISSA_BITS;
    private static final long EDGE_MASK = -1L << SHIFT;
    /** Octaves below the data zero's slope where the linear term is exact to ~1e-23. */
    private static final int LINEAR_OCTAVES = 40;
    private static final int OCTAVES_ABOVE_TOP = 11;
    private static final int MAX_OCTAVES = 256;
    private static final int COEFFICIENTS = 6;
    /** Table edges stay within 2^-150..2^150 so that 1/x^5 and x^5 are normal doubles. */
    private static final int MAX_EXPONENT = 150;

    private final BiexCurve curve;
    private final double twoZero;
    private final double zero;
    private final double inverseSlopeAtZero;
    private final boolean linearBelowTable;
    private final long firstBin;
    private final int bins;
    private final double[] coefficients;

    FastBiexTable(BiexCurve curve) {
        this.curve = curve;
        this.zero = curve.zero();
        this.twoZero = 2 * curve.zero();
        this.inverseSlopeAtZero = 1 / curve.slopeAtZero();
        double topOfScale = curve.x(Math.max(1, zero + 1e-3));
        int top = Math.getExponent(topOfScale) + OCTAVES_ABOVE_TOP;
        int bottom = Math.getExponent(curve.slopeAtZero()) - LINEAR_OCTAVES;
        boolean linear = true;
        if (top - bottom > MAX_OCTAVES) {
            bottom = top - MAX_OCTAVES;   // extreme M: keep memory bounded, solve exactly below
            linear = false;
        }
        if (top > MAX_EXPONENT || bottom < -MAX_EXPONENT) {
            // astronomically large or small scales: the power-basis coefficients (up to 1/x^5)
            // would under/overflow, so bulk values go through the exact solver instead
            top = 0;
            bottom = 0;
            linear = false;
        }
        this.linearBelowTable = linear;
        this.firstBin = Double.doubleToRawLongBits(Math.scalb(1.0, bottom)) >>> SHIFT;
        this.bins = (top - bottom) << MANTISSA_BITS;
        this.coefficients = new double[COEFFICIENTS * bins];
        fill();
    }

    private void fill() {
        double left = edge(0);
        double[] at = derivatives(left);
        for (int i = 0; i < bins; i++) {
            double right = edge(i + 1);
            double[] next = derivatives(right);
            double h = right - left;
            double c0 = at[0];
            double c1 = at[1];
            double c2 = at[2] / 2;
            // remaining value, slope and curvature the t^3..t^5 terms must supply at t = h
            double r0 = next[0] - (c0 + h * (c1 + h * c2));
            double r1 = (next[1] - (c1 + 2 * c2 * h)) * h;
            double r2 = (next[2] - 2 * c2) * h * h;
            int j = COEFFICIENTS * i;
            coefficients[j] = c0;
            coefficients[j + 1] = c1;
            coefficients[j + 2] = c2;
            coefficients[j + 3] = (10 * r0 - 4 * r1 + r2 / 2) / (h * h * h);
            coefficients[j + 4] = (-15 * r0 + 7 * r1 - r2) / (h * h * h * h);
            coefficients[j + 5] = (6 * r0 - 3 * r1 + r2 / 2) / (h * h * h * h * h);
            left = right;
            at = next;
        }
    }

    /** u, du/dx and d2u/dx2 at data value x &gt;= 0. */
    private double[] derivatives(double x) {
        double u = curve.solve(x);
        double slope = curve.slope(u);
        double du = 1 / slope;
        return new double[] {u, du, -curve.curvature(u) * du * du * du};
    }

    private double edge(int bin) {
        return Double.longBitsToDouble((firstBin + bin) << SHIFT);
    }

    /** Display coordinate u for data value x (what {@link BiexCurve#solve} returns, to ~1e-12). */
    double solve(double x) {
        double v = Math.abs(x);
        long bits = Double.doubleToRawLongBits(v);
        long bin = (bits >>> SHIFT) - firstBin;
        double u;
        if (bin >= 0 && bin < bins) {
            double dx = v - Double.longBitsToDouble(bits & EDGE_MASK);
            int j = COEFFICIENTS * (int) bin;
            u = coefficients[j] + dx * (coefficients[j + 1] + dx * (coefficients[j + 2]
                    + dx * (coefficients[j + 3] + dx * (coefficients[j + 4] + dx * coefficients[j + 5]))));
        } else if (bin < 0 && linearBelowTable) {
            u = zero + v * inverseSlopeAtZero;
        } else {
            return curve.solve(x);   // NaN, infinities, beyond the table
        }
        return x < 0 ? twoZero - u : u;
    }

    /** Replaces {@code values[0..n)} by their display coordinates. */
    void solveInPlace(double[] values, int n, double scale) {
        for (int i = 0; i < n; i++) {
            values[i] = solve(values[i]) * scale;
        }
    }
}
