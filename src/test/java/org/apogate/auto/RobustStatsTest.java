package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RobustStatsTest {
    /** The textbook MAD: sort the absolute deviations from the median. */
    private static double madBySorting(double[] sorted) {
        double med = RobustStats.median(sorted);
        double[] dev = new double[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            dev[i] = Math.abs(sorted[i] - med);
        }
        Arrays.sort(dev);
        return 1.4826 * RobustStats.quantileSorted(dev, 0.5);
    }

    @Test
    void madWithoutSortingEqualsMadBySortingExactly() {
        SplittableRandom r = new SplittableRandom(5);
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + r.nextInt(trial < 100 ? 8 : 3000);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                // skewed values, and on odd trials heavy ties (integer channel data)
                double v = Math.exp(r.nextGaussian()) * (r.nextBoolean() ? 1 : -0.2);
                x[i] = trial % 2 == 1 ? Math.rint(v * 3) : v;
            }
            Arrays.sort(x);
            assertEquals(madBySorting(x), RobustStats.madSd(x), 0.0, "n=" + n + " trial " + trial);
        }
    }

    @Test
    void madOfKnownValues() {
        assertEquals(1.4826, RobustStats.madSd(new double[] {1, 2, 3, 4, 9}), 1e-12); // deviations 0 1 1 2 6
        assertEquals(0.0, RobustStats.madSd(new double[] {3, 3, 3, 7}), 0.0);
        assertEquals(0.0, RobustStats.madSd(new double[] {2}), 0.0);
        assertTrue(Double.isNaN(RobustStats.madSd(new double[0])));
    }
}
