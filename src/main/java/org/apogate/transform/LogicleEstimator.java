package org.apogate.transform;

import org.apogate.numeric.Quantiles;

import java.util.Arrays;

/**
 * Chooses logicle parameters from data with flowCore's {@code estimateLogicle} rule: take r, the 5%
 * quantile (R's default type-7 quantile, plus machine epsilon as flowCore adds) of the negative
 * values; then {@code W = (M - log10(T / |r|)) / 2}, clamped to [0, M/2] (flowCore stops with an
 * error on negative W; W = M/2 is still a valid logicle), and W = 0 when there are no negatives.
 * A = 0.
 */
public final class LogicleEstimator {
    /** flowCore's quantile of the negatives. */
    static final double QUANTILE = 0.05;
    public static final double DEFAULT_M = 4.5;

    private LogicleEstimator() {
    }

    /** {@link #estimate(double[], int, double, double)} with M = 4.5. */
    public static LogicleTransform estimate(double[] values, int n, double t) {
        return estimate(values, n, t, DEFAULT_M);
    }

    /**
     * @param values data of one channel; only {@code values[0..n)} is read, NaNs are ignored
     * @param t      top of scale T ($PnR or the data maximum), &gt; 0
     * @param m      decades M, &gt; 0 (4.5 is flowCore's default)
     */
    public static LogicleTransform estimate(double[] values, int n, double t, double m) {
        if (values == null || n < 0 || n > values.length) {
            throw new TransformException("logicle estimation needs 0 <= n <= values.length, got n = " + n
                    + " for " + (values == null ? "no array" : values.length + " values"));
        }
        Check.positive("logicle estimate", "T", t);
        Check.positive("logicle estimate", "M", m);
        double w = width(values, n, t, m);
        return new LogicleTransform(t, w, m, 0);
    }

    static double width(double[] values, int n, double t, double m) {
        double[] negatives = negatives(values, n);
        if (negatives.length == 0) {
            return 0;
        }
        double r = Quantiles.type7(negatives, QUANTILE) + Math.ulp(1.0);
        double w = (m - Math.log10(t / Math.abs(r))) / 2;
        if (!(w >= 0)) {
            return 0;
        }
        if (w > m / 2) {
            return m / 2;
        }
        return w;
    }

    private static double[] negatives(double[] values, int n) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] < 0) {
                count++;
            }
        }
        double[] neg = new double[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (values[i] < 0) {
                neg[k++] = values[i];
            }
        }
        Arrays.sort(neg);
        return neg;
    }
}
