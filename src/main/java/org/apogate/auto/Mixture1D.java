package org.apogate.auto;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted one-dimensional Gaussian mixture, components sorted by mean. Fitted by our own EM
 * rather than Smile's: Smile 3.1.1's 1-D GaussianMixture stops after one iteration when the first
 * log-likelihood is negative, and its initialisation draws from Smile's global RNG (not
 * thread-safe to seed). Ours is deterministic without any RNG: components start at evenly spaced
 * quantiles, with a variance floor so a component cannot collapse onto repeated values.
 */
public record Mixture1D(double[] weights, double[] means, double[] sds, double logLikelihood, int n, int iterations) {

    public Mixture1D {
        weights = weights.clone();
        means = means.clone();
        sds = sds.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] sds() {
        return sds.clone();
    }

    public int k() {
        return means.length;
    }

    public double weight(int j) {
        return weights[j];
    }

    public double mean(int j) {
        return means[j];
    }

    public double sd(int j) {
        return sds[j];
    }

    /** Bayesian information criterion: -2 logL + (3k-1) ln n (lower is better). */
    public double bic() {
        return -2 * logLikelihood + (3 * k() - 1) * Math.log(n);
    }

    /** Mixture density at x. */
    public double density(double x) {
        double d = 0;
        for (int j = 0; j < k(); j++) {
            d += weights[j] * normal(x, means[j], sds[j]);
        }
        return d;
    }

    /** Weighted density of components [from, to) at x. */
    public double partialDensity(double x, int from, int to) {
        double d = 0;
        for (int j = from; j < to; j++) {
            d += weights[j] * normal(x, means[j], sds[j]);
        }
        return d;
    }

    static double normal(double x, double mu, double sd) {
        double z = (x - mu) / sd;
        return Math.exp(-0.5 * z * z) / (sd * Math.sqrt(2 * Math.PI));
    }

    /** Most values one EM sees; larger inputs are thinned to evenly spaced order statistics. */
    static final int MAX_EM_VALUES = 20_000;

    /**
     * Fits k = 1..maxK components and returns all fits (index k-1); pick with {@link #bestByBic}.
     * Inputs above {@value #MAX_EM_VALUES} values are thinned to evenly spaced order statistics
     * (min and max kept): the same distribution, deterministic, and EM cost bounded for 1M events.
     */
    public static List<Mixture1D> fitRange(double[] x, int n, int maxK) {
        List<Mixture1D> fits = new ArrayList<>();
        double[] sorted = thin(RobustStats.sortedFinite(x, n));
        for (int k = 1; k <= maxK; k++) {
            fits.add(fit(sorted, k));
        }
        return fits;
    }

    static double[] thin(double[] sorted) {
        if (sorted.length <= MAX_EM_VALUES) {
            return sorted;
        }
        double[] out = new double[MAX_EM_VALUES];
        double step = (sorted.length - 1) / (double) (MAX_EM_VALUES - 1);
        for (int i = 0; i < MAX_EM_VALUES; i++) {
            out[i] = sorted[(int) Math.round(i * step)];
        }
        return out;
    }

    public static Mixture1D bestByBic(List<Mixture1D> fits) {
        Mixture1D best = fits.get(0);
        for (Mixture1D f : fits) {
            if (f.bic() < best.bic()) {
                best = f;
            }
        }
        return best;
    }

    /**
     * EM fit of k components to the sorted finite values. Works on the data standardised by median and
     * MAD so the scale never matters, and maps the result back.
     */
    static Mixture1D fit(double[] sorted, int k) {
        int n = sorted.length;
        if (n < 2 * k + 1) {
            throw new AutoGatingException("too few values (" + n + ") to fit a " + k + "-component mixture");
        }
        double center = RobustStats.median(sorted);
        double scale = RobustStats.madSd(sorted);
        if (!(scale > 0)) {
            scale = Math.max(1e-9, sorted[n - 1] - sorted[0]);
        }
        if (!(scale > 0)) {
            scale = 1;
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = (sorted[i] - center) / scale;
        }
        double floor = 1e-3; // variance floor in standardised units
        double[] w = new double[k];
        double[] mu = new double[k];
        double[] var = new double[k];
        for (int j = 0; j < k; j++) {
            int lo = (int) ((long) n * j / k);
            int hi = (int) ((long) n * (j + 1) / k);
            double s = 0;
            double ss = 0;
            for (int i = lo; i < hi; i++) {
                s += z[i];
                ss += z[i] * z[i];
            }
            int m = Math.max(1, hi - lo);
            w[j] = 1.0 / k;
            mu[j] = s / m;
            var[j] = Math.max(floor, ss / m - mu[j] * mu[j]);
        }
        double[] resp = new double[k];
        double[] sw = new double[k];
        double[] sx = new double[k];
        double[] sxx = new double[k];
        double[] coef = new double[k];
        double[] expScale = new double[k];
        double prevLl = Double.NEGATIVE_INFINITY;
        double ll = 0;
        int it = 0;
        for (; it < 1000; it++) {
            java.util.Arrays.fill(sw, 0);
            java.util.Arrays.fill(sx, 0);
            java.util.Arrays.fill(sxx, 0);
            ll = 0;
            for (int j = 0; j < k; j++) { // per-component constants, hoisted out of the per-value loop
                coef[j] = w[j] / Math.sqrt(2 * Math.PI * var[j]);
                expScale[j] = -0.5 / var[j];
            }
            for (int i = 0; i < n; i++) {
                double tot = 0;
                for (int j = 0; j < k; j++) {
                    double d = z[i] - mu[j];
                    resp[j] = coef[j] * Math.exp(d * d * expScale[j]);
                    tot += resp[j];
                }
                if (!(tot > 1e-300)) {
                    tot = 1e-300;
                    // far outlier: give it to the nearest component
                    int near = 0;
                    for (int j = 1; j < k; j++) {
                        if (Math.abs(z[i] - mu[j]) < Math.abs(z[i] - mu[near])) {
                            near = j;
                        }
                    }
                    java.util.Arrays.fill(resp, 0);
                    resp[near] = tot;
                }
                ll += Math.log(tot);
                for (int j = 0; j < k; j++) {
                    double r = resp[j] / tot;
                    sw[j] += r;
                    sx[j] += r * z[i];
                    sxx[j] += r * z[i] * z[i];
                }
            }
            for (int j = 0; j < k; j++) {
                double m = Math.max(sw[j], 1e-9);
                w[j] = m / n;
                mu[j] = sx[j] / m;
                var[j] = Math.max(floor, sxx[j] / m - mu[j] * mu[j]);
            }
            if (Math.abs(ll - prevLl) < 1e-7 * Math.abs(ll) + 1e-9) {
                break;
            }
            prevLl = ll;
        }
        // Sort by mean and map back to data units; the Jacobian keeps the log-likelihood in data units.
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
        }
        final double[] muF = mu;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(muF[a], muF[b]));
        double[] ow = new double[k];
        double[] om = new double[k];
        double[] os = new double[k];
        for (int j = 0; j < k; j++) {
            ow[j] = w[order[j]];
            om[j] = center + scale * mu[order[j]];
            os[j] = scale * Math.sqrt(var[order[j]]);
        }
        return new Mixture1D(ow, om, os, ll - n * Math.log(scale), n, it + 1);
    }
}
