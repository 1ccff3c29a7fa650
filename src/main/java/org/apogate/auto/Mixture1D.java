package org.apogate.auto;

import java.util.ArrayList;
import java.util.List;

/**
 * A fitted one-dimensional Gaussian mixture, components sorted by mean. Fitted by our own EM
 * ({@link MixtureEm}) rather than Smile's: Smile 3.1.1's 1-D GaussianMixture stops after one
 * iteration when the first log-likelihood is negative, and its initialisation draws from Smile's
 * global RNG (not thread-safe to seed). Ours is deterministic without any RNG. {@code logLikelihood}
 * is the grouped log-likelihood described in {@link MixtureEm}; {@code n} is the number of values.
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

    /**
     * Fits k = 1..maxK components and returns all fits (index k-1); pick with {@link #bestByBic}.
     * Every finite value counts (BIC uses their number); EM runs on {@link GroupedValues}, so its
     * cost per iteration does not grow with the number of values.
     */
    public static List<Mixture1D> fitRange(double[] x, int n, int maxK) {
        return fitSorted(RobustStats.sortedFinite(x, n), maxK);
    }

    /** {@link #fitRange} on values already sorted and finite (not copied, not modified). */
    static List<Mixture1D> fitSorted(double[] sorted, int maxK) {
        List<Mixture1D> fits = new ArrayList<>();
        GroupedValues grouped = GroupedValues.of(sorted);
        for (int k = 1; k <= maxK; k++) {
            fits.add(MixtureEm.fit(grouped, k));
        }
        return fits;
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

    /** EM fit of k components to sorted finite values (see {@link MixtureEm}). */
    static Mixture1D fit(double[] sorted, int k) {
        return MixtureEm.fit(GroupedValues.of(sorted), k);
    }
}
