package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class Mixture1DTest {
    private static double[] mixture(long seed, int n, double[] w, double[] mu, double[] sd) {
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
}
