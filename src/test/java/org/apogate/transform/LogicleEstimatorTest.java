package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** flowCore estimateLogicle's rule, checked against values worked out by hand. */
class LogicleEstimatorTest {

    @Test
    void widthFromTheFivePercentQuantileOfNegatives() {
        // negatives -1..-100 (plus positives, ignored). Sorted: -100, -99, ...; type-7 quantile at
        // h = 99 * 0.05 = 4.95: -96 + 0.95 * (-95 - -96) = -95.05.
        // W = (4.5 - log10(262144 / 95.05)) / 2 = (4.5 - 3.4405878...) / 2 = 0.5297060996...
        double[] v = new double[300];
        for (int i = 0; i < 100; i++) {
            v[i] = -(i + 1);
            v[100 + i] = 1000 + i;
            v[200 + i] = Math.pow(10, i / 25.0);
        }
        LogicleTransform l = LogicleEstimator.estimate(v, v.length, 262144, 4.5);
        assertEquals(0.5297060996249001, l.w(), 1e-12);
        assertEquals(262144, l.t(), 0);
        assertEquals(4.5, l.m(), 0);
        assertEquals(0, l.a(), 0);
    }

    @Test
    void fewNegativesInterpolateBetweenTheTwoSmallest() {
        // negatives {-3, -50, -7}: sorted -50, -7, -3; h = 2 * 0.05 = 0.1: -50 + 0.1 * 43 = -45.7
        // W = (4.5 - log10(10000 / 45.7)) / 2 = 1.0799581000349...
        double[] v = {5, -3, 100, -50, Double.NaN, -7, 20};
        assertEquals(1.0799581000349252, LogicleEstimator.estimate(v, v.length, 10000).w(), 1e-12);
    }

    @Test
    void onlyTheFirstNValuesCount() {
        double[] v = {5, 10, -1000, -2000};
        assertEquals(0, LogicleEstimator.estimate(v, 2, 262144).w(), 0);
    }

    @Test
    void noNegativesGiveZeroWidth() {
        double[] v = {0, 1, 2, 3, 1e5};
        assertEquals(0, LogicleEstimator.estimate(v, v.length, 262144, 4.5).w(), 0);
    }

    @Test
    void widthIsClampedToTheValidRange() {
        // tiny negatives: log10(T/|r|) > M so W < 0 -> 0
        double[] tiny = {-1e-3, -2e-3, 100};
        assertEquals(0, LogicleEstimator.estimate(tiny, 3, 262144, 4.5).w(), 0);
        // negatives beyond T: log10(T/|r|) < 0 so W > M/2 -> M/2
        double[] huge = {-1e7, -2e7, 100};
        assertEquals(2.25, LogicleEstimator.estimate(huge, 3, 262144, 4.5).w(), 0);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(TransformException.class, () -> LogicleEstimator.estimate(null, 0, 1000));
        assertThrows(TransformException.class, () -> LogicleEstimator.estimate(new double[2], 3, 1000));
        assertThrows(TransformException.class, () -> LogicleEstimator.estimate(new double[2], 2, 0));
        assertThrows(TransformException.class, () -> LogicleEstimator.estimate(new double[2], 2, 1000, -1));
    }
}
