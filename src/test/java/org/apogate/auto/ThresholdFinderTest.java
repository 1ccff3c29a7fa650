package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThresholdFinderTest {
    private final ThresholdFinder finder = new ThresholdFinder(ThresholdOptions.defaults());

    /** negatives N(mu0, sd0) then positives N(mu1, sd1); returns values (negatives first). */
    private static double[] twoPops(long seed, int nNeg, double mu0, double sd0, int nPos, double mu1, double sd1) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[nNeg + nPos];
        for (int i = 0; i < x.length; i++) {
            x[i] = i < nNeg ? mu0 + sd0 * r.nextGaussian() : mu1 + sd1 * r.nextGaussian();
        }
        return x;
    }

    private static double misclassified(double[] x, int nNeg, Threshold t) {
        int wrong = 0;
        for (int i = 0; i < x.length; i++) {
            if (t.isPositive(x[i]) != (i >= nNeg)) {
                wrong++;
            }
        }
        return (double) wrong / x.length;
    }

    @Test
    void splitsClearlySeparatedPopulationsInTheValley() {
        double[] x = twoPops(1, 16000, 0.5, 0.15, 4000, 2.5, 0.3);
        Threshold t = finder.auto(x, x.length, null);
        assertEquals("auto", t.method());
        assertTrue(t.transformed() > 1.0 && t.transformed() < 2.0, "threshold " + t.transformed());
        assertTrue(misclassified(x, 16000, t) < 0.002);
    }

    @Test
    void dimPositivesOnlySevenTenthsOfADecadeAbove() {
        double[] x = twoPops(2, 15000, 0.6, 0.12, 5000, 1.3, 0.15);
        Threshold t = finder.auto(x, x.length, null);
        assertEquals("auto", t.method());
        assertTrue(misclassified(x, 15000, t) < 0.03, "misclassified " + misclassified(x, 15000, t));
    }

    @Test
    void smallPositivePopulationIsFound() {
        double[] x = twoPops(3, 19600, 0.5, 0.15, 400, 2.6, 0.25);
        Threshold t = finder.auto(x, x.length, null);
        assertEquals("auto", t.method());
        assertTrue(misclassified(x, 19600, t) < 0.002);
    }

    @Test
    void noPositivesUsesNegativeSpreadNotASplitThroughNegatives() {
        double[] x = twoPops(4, 20000, 0.5, 0.15, 0, 0, 0);
        Threshold t = finder.auto(x, x.length, null);
        assertEquals("auto-negative-spread", t.method());
        assertTrue(t.flags().contains(QcFlag.NO_POSITIVE_POPULATION));
        assertEquals(0.5 + 4 * 0.15, t.transformed(), 0.02);
    }

    @Test
    void majorityPositiveSampleStillSplits() {
        double[] x = twoPops(5, 3000, 0.4, 0.2, 17000, 2.4, 0.3);
        Threshold t = finder.auto(x, x.length, null);
        assertEquals("auto", t.method());
        assertTrue(misclassified(x, 3000, t) < 0.003);
    }

    @Test
    void controlPercentileIsExact() {
        double[] x = new double[1001];
        for (int i = 0; i < x.length; i++) {
            x[i] = i / 1000.0;
        }
        Threshold t = finder.fromControl(x, x.length, new TestAsinh(150));
        assertEquals(0.995, t.transformed(), 1e-12);
        assertEquals(new TestAsinh(150).inverse(0.995), t.raw(), 1e-9);
        assertEquals("controls", t.method());
    }

    @Test
    void fixedInRawAndTransformedUnits() {
        TestAsinh tr = new TestAsinh(150);
        Threshold raw = finder.fixed(1000, true, tr);
        assertEquals(tr.apply(1000), raw.transformed(), 1e-12);
        assertEquals(1000, raw.raw(), 1e-12);
        Threshold tt = finder.fixed(2.0, false, tr);
        assertEquals(tr.inverse(2.0), tt.raw(), 1e-9);
        assertThrows(AutoGatingException.class, () -> finder.fixed(Double.NaN, true, tr));
    }

    @Test
    void tiesGoToTheUpperSide() {
        Threshold t = finder.fixed(1.5, false, null);
        assertTrue(t.isPositive(1.5));
        assertTrue(!t.isPositive(Math.nextDown(1.5)));
    }

    @Test
    void degenerateInputs() {
        assertThrows(AutoGatingException.class, () -> finder.auto(new double[5], 5, null));
        assertThrows(AutoGatingException.class, () -> finder.fromControl(new double[] {1, 2}, 2, null));
        double[] same = new double[500];
        java.util.Arrays.fill(same, 3.0);
        Threshold t = finder.auto(same, same.length, null);
        assertTrue(Double.isFinite(t.transformed()));
        double[] withNaN = twoPops(6, 5000, 0.5, 0.15, 1000, 2.5, 0.3);
        withNaN[0] = Double.NaN;
        withNaN[1] = Double.POSITIVE_INFINITY;
        assertEquals("auto", finder.auto(withNaN, withNaN.length, null).method());
    }

    @Test
    void wrongLengthsAreOneLineErrorsNotIndexErrors() {
        assertThrows(AutoGatingException.class, () -> finder.auto(new double[10], 11, null));
        assertThrows(AutoGatingException.class, () -> finder.auto(null, 0, null));
        assertThrows(AutoGatingException.class, () -> finder.fromControl(new double[30], 31, null));
        assertThrows(AutoGatingException.class, () -> new SingletFinder().find(new double[5], new double[4], 5, 4.0));
        assertThrows(AutoGatingException.class, () -> new DebrisFinder().find(new double[5], new double[4], 5, "cluster"));
        assertThrows(AutoGatingException.class, () -> new TimeQc(100).add(new double[2], 3));
    }
}
