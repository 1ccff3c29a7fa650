package org.apogate.auto;

import java.util.Arrays;

/**
 * EM for a k-component 1-D Gaussian mixture on {@link GroupedValues}, deterministic (no RNG):
 * components start at evenly spaced quantile blocks of the values, and a variance floor keeps a
 * component from collapsing onto repeated values.
 *
 * <p>Each group is treated as its values sharing one set of responsibilities, so the M-step uses the
 * group's size, mean and within-group variance and is exact for single-value groups. The objective
 * EM increases, and the log-likelihood reported, is the grouped log-likelihood: the sum over values
 * of log sum_j w_j exp(mean over the value's group of log N(x | mu_j, sd_j)). It equals the ordinary
 * log-likelihood when every group is one value and is a lower bound otherwise (with fine bins the
 * gap is negligible next to BIC's penalty).
 */
final class MixtureEm {
    /** Variance floor in standardised (MAD) units. */
    static final double VARIANCE_FLOOR = 1e-3;
    /** Stop when one iteration gains less than this fraction of |log-likelihood|. */
    static final double RELATIVE_TOLERANCE = 1e-7;
    static final int MAX_ITERATIONS = 500;

    private final GroupedValues data;
    private final int k;
    private final double[] w;
    private final double[] mu;
    private final double[] var;
    // per-iteration sums and per-component constants, reused
    private final double[] sw;
    private final double[] sx;
    private final double[] sxx;
    private final double[] coef;
    private final double[] expScale;
    private final double[] p;

    private MixtureEm(GroupedValues data, int k) {
        this.data = data;
        this.k = k;
        w = new double[k];
        mu = new double[k];
        var = new double[k];
        sw = new double[k];
        sx = new double[k];
        sxx = new double[k];
        coef = new double[k];
        expScale = new double[k];
        p = new double[k];
    }

    static Mixture1D fit(GroupedValues data, int k) {
        int n = data.n();
        if (n < 2 * k + 1) {
            throw new AutoGatingException("too few values (" + n + ") to fit a " + k + "-component mixture");
        }
        MixtureEm em = new MixtureEm(data, k);
        em.start();
        double prevLl = Double.NEGATIVE_INFINITY;
        double ll = 0;
        int it = 0;
        while (it < MAX_ITERATIONS) {
            ll = em.iterate();
            it++;
            if (Math.abs(ll - prevLl) < RELATIVE_TOLERANCE * Math.abs(ll) + 1e-9) {
                break;
            }
            prevLl = ll;
        }
        return em.result(ll, it);
    }

    /** Equal weights; mean and variance of the j-th of k blocks of the sorted values. */
    private void start() {
        int n = data.n();
        for (int j = 0; j < k; j++) {
            int lo = (int) ((long) n * j / k);
            int hi = (int) ((long) n * (j + 1) / k);
            double s = 0;
            double ss = 0;
            for (int i = lo; i < hi; i++) {
                double z = data.z(i);
                s += z;
                ss += z * z;
            }
            int m = Math.max(1, hi - lo);
            w[j] = 1.0 / k;
            mu[j] = s / m;
            var[j] = Math.max(VARIANCE_FLOOR, ss / m - mu[j] * mu[j]);
        }
    }

    /** One E- and M-step; returns the grouped log-likelihood (standardised units) before the update. */
    private double iterate() {
        for (int j = 0; j < k; j++) { // per-component constants, out of the per-group loop
            coef[j] = w[j] / Math.sqrt(2 * Math.PI * var[j]);
            expScale[j] = -0.5 / var[j];
        }
        Arrays.fill(sw, 0);
        Arrays.fill(sx, 0);
        Arrays.fill(sxx, 0);
        double ll = 0;
        double[] count = data.count;
        double[] mean = data.mean;
        double[] within = data.within;
        for (int g = 0; g < count.length; g++) {
            double x = mean[g];
            double tot = densities(x, within[g]);
            ll += count[g] * Math.log(tot);
            double second = x * x + within[g];
            for (int j = 0; j < k; j++) {
                double r = count[g] * p[j] / tot;
                sw[j] += r;
                sx[j] += r * x;
                sxx[j] += r * second;
            }
        }
        int n = data.n();
        for (int j = 0; j < k; j++) {
            double m = Math.max(sw[j], 1e-9);
            w[j] = m / n;
            mu[j] = sx[j] / m;
            var[j] = Math.max(VARIANCE_FLOOR, sxx[j] / m - mu[j] * mu[j]);
        }
        return ll;
    }

    /** Fills p with each component's weighted group density and returns their sum (never 0). */
    private double densities(double x, double within) {
        double tot = 0;
        for (int j = 0; j < k; j++) {
            double d = x - mu[j];
            p[j] = coef[j] * Math.exp((d * d + within) * expScale[j]);
            tot += p[j];
        }
        if (tot > 1e-300) {
            return tot;
        }
        // far outlier: give it to the nearest component
        int near = 0;
        for (int j = 1; j < k; j++) {
            if (Math.abs(x - mu[j]) < Math.abs(x - mu[near])) {
                near = j;
            }
        }
        Arrays.fill(p, 0);
        p[near] = 1e-300;
        return 1e-300;
    }

    /** Components sorted by mean, in data units; the Jacobian puts the log-likelihood in data units too. */
    private Mixture1D result(double ll, int iterations) {
        Integer[] order = new Integer[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(mu[a], mu[b]));
        double[] ow = new double[k];
        double[] om = new double[k];
        double[] os = new double[k];
        for (int j = 0; j < k; j++) {
            ow[j] = w[order[j]];
            om[j] = data.center + data.scale * mu[order[j]];
            os[j] = data.scale * Math.sqrt(var[order[j]]);
        }
        return new Mixture1D(ow, om, os, ll - data.n() * Math.log(data.scale), data.n(), iterations);
    }
}
