package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Mixture1DTest {
    /** {@code n} draws from the mixture (weights, means, sds), seeded; also used by {@link MixtureBench}. */
    static double[] mixture(long seed, int n, double[] w, double[] mu, double[] sd) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble();
            int j = 0;
            while (j < w.length - 1 && u > w[j]) {
                u -= w[j];
                j++;
            }
            x[i] = mu[j] + sd[j] * r.nextGaussian();
        }
        return x;
    }

    @Test
    void recoversGeneratingComponents() {
        double[] x = mixture(1, 20000, new double[] {0.7, 0.3}, new double[] {0.5, 2.5}, new double[] {0.15, 0.3});
        Mixture1D best = Mixture1D.bestByBic(Mixture1D.fitRange(x, x.length, 3));
        assertEquals(2, best.k());
        assertEquals(0.7, best.weight(0), 0.02);
        assertEquals(0.5, best.mean(0), 0.01);
        assertEquals(2.5, best.mean(1), 0.02);
        assertEquals(0.15, best.sd(0), 0.01);
        assertEquals(0.3, best.sd(1), 0.02);
    }

    @Test
    void rawScaleDataFitsToo() {
        // Large raw-scale values: the log-likelihood is very negative from the start (Smile 3.1.1 stops early here).
        double[] x = mixture(2, 10000, new double[] {0.6, 0.4}, new double[] {2.0e5, 4.0e5}, new double[] {2.0e4, 3.0e4});
        Mixture1D m = Mixture1D.fit(RobustStats.sortedFinite(x, x.length), 2);
        assertEquals(2.0e5, m.mean(0), 2e3);
        assertEquals(4.0e5, m.mean(1), 3e3);
        assertEquals(0.6, m.weight(0), 0.02);
        assertEquals(true, m.iterations() > 1);
    }

    @Test
    void singlePopulationPrefersOneComponent() {
        double[] x = mixture(3, 5000, new double[] {1}, new double[] {1}, new double[] {0.2});
        List<Mixture1D> fits = Mixture1D.fitRange(x, x.length, 3);
        assertEquals(1, Mixture1D.bestByBic(fits).k());
    }

    @Test
    void deterministic() {
        double[] x = mixture(4, 3000, new double[] {0.5, 0.5}, new double[] {0, 1}, new double[] {0.3, 0.3});
        Mixture1D a = Mixture1D.fit(RobustStats.sortedFinite(x, x.length), 2);
        Mixture1D b = Mixture1D.fit(RobustStats.sortedFinite(x, x.length), 2);
        assertEquals(a.logLikelihood(), b.logLikelihood(), 0.0);
        assertEquals(a.mean(1), b.mean(1), 0.0);
    }

    @Test
    void binnedFitRecoversThreeKnownComponents() {
        double[] x = mixture(11, 20000, new double[] {0.5, 0.3, 0.2}, new double[] {0, 2, 4.5}, new double[] {0.3, 0.4, 0.5});
        GroupedValues grouped = GroupedValues.of(RobustStats.sortedFinite(x, x.length));
        assertTrue(grouped.groups() < 1000, "EM must run on bins, got " + grouped.groups() + " groups");
        Mixture1D best = Mixture1D.bestByBic(Mixture1D.fitRange(x, x.length, 4));
        assertEquals(3, best.k());
        double[] w = {0.5, 0.3, 0.2};
        double[] mu = {0, 2, 4.5};
        double[] sd = {0.3, 0.4, 0.5};
        for (int j = 0; j < 3; j++) {
            assertEquals(w[j], best.weight(j), 0.01, "weight " + j);
            assertEquals(mu[j], best.mean(j), 0.02, "mean " + j);
            assertEquals(sd[j], best.sd(j), 0.015, "sd " + j);
        }
    }

    @Test
    void groupsKeepCountSumAndSpreadOfTheValues() {
        double[] x = mixture(12, 12000, new double[] {0.7, 0.3}, new double[] {0.5, 2.5}, new double[] {0.15, 0.3});
        x[0] = 40; // a far outlier stays a group of its own
        GroupedValues g = GroupedValues.of(RobustStats.sortedFinite(x, x.length));
        double n = 0;
        double sum = 0;
        double ss = 0;
        for (int i = 0; i < g.groups(); i++) {
            n += g.count[i];
            sum += g.count[i] * g.mean[i];
            ss += g.count[i] * (g.mean[i] * g.mean[i] + g.within[i]);
        }
        double zSum = 0;
        double zSs = 0;
        for (int i = 0; i < g.n(); i++) {
            zSum += g.z(i);
            zSs += g.z(i) * g.z(i);
        }
        assertEquals(x.length, n, 0.0);
        assertEquals(zSum, sum, 1e-6 * x.length);
        assertEquals(zSs, ss, 1e-9 * zSs);
        assertEquals(1.0, g.count[g.groups() - 1], 0.0);
        assertEquals((40 - g.center) / g.scale, g.mean[g.groups() - 1], 1e-9);
    }

    @Test
    void groupedLogLikelihoodIsATightLowerBoundOfTheExactOne() {
        double[] x = mixture(13, 20000, new double[] {0.6, 0.4}, new double[] {1, 2.2}, new double[] {0.25, 0.3});
        for (Mixture1D m : Mixture1D.fitRange(x, x.length, 3)) {
            double exact = 0;
            for (double v : x) {
                exact += Math.log(m.density(v));
            }
            assertTrue(m.logLikelihood() <= exact + 1e-6, "k=" + m.k() + ": " + m.logLikelihood() + " > " + exact);
            assertTrue(exact - m.logLikelihood() < 1.0, "k=" + m.k() + ": " + m.logLikelihood() + " vs " + exact);
            assertEquals(x.length, m.n());
        }
    }

    @Test
    void bicPicksTwoForBimodalAndOneForUnimodalAtPipelineSize() {
        for (long seed = 20; seed < 23; seed++) {
            double[] two = mixture(seed, 12000, new double[] {0.6, 0.4}, new double[] {1, 2.2}, new double[] {0.25, 0.3});
            double[] one = mixture(seed, 12000, new double[] {1}, new double[] {1}, new double[] {0.3});
            assertEquals(2, Mixture1D.bestByBic(Mixture1D.fitRange(two, two.length, 3)).k(), "seed " + seed);
            assertEquals(1, Mixture1D.bestByBic(Mixture1D.fitRange(one, one.length, 3)).k(), "seed " + seed);
        }
    }

    @Test
    void fitRangeIsIdenticalAcrossRuns() {
        double[] x = mixture(14, 12000, new double[] {0.5, 0.3, 0.2}, new double[] {0, 1.2, 3}, new double[] {0.3, 0.4, 0.5});
        List<Mixture1D> a = Mixture1D.fitRange(x, x.length, 3);
        List<Mixture1D> b = Mixture1D.fitRange(x.clone(), x.length, 3);
        for (int k = 0; k < 3; k++) {
            assertArrayEquals(a.get(k).weights(), b.get(k).weights(), 0.0);
            assertArrayEquals(a.get(k).means(), b.get(k).means(), 0.0);
            assertArrayEquals(a.get(k).sds(), b.get(k).sds(), 0.0);
            assertEquals(a.get(k).logLikelihood(), b.get(k).logLikelihood(), 0.0);
            assertEquals(a.get(k).iterations(), b.get(k).iterations());
        }
    }
}
