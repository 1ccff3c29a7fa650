package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apogate.auto.Threshold;
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

/** Control-threshold alignment on exact normal quantiles, where the true shift is known by construction. */
class ControlAlignmentTest {
    private static final Transform IDENTITY = org.apogate.transform.IdentityTransform.INSTANCE;
    /** 99.5th percentile of the standard normal. */
    private static final double Z995 = 2.5758293035489;

    /** n standard-normal quantiles at (i + 0.5) / n, shifted by {@code mean}, then {@code positives} events at 6. */
    private static double[] normal(int n, double mean, int positives) {
        NormalDistribution z = new NormalDistribution(0, 1);
        double[] v = new double[n + positives];
        for (int i = 0; i < n; i++) {
            v[i] = mean + z.inverseCumulativeProbability((i + 0.5) / n);
        }
        for (int i = n; i < v.length; i++) {
            v[i] = 6;
        }
        return v;
    }

    private static Threshold controlPercentile() {
        return new Threshold(Z995, Z995, "controls", Map.of(), Set.of());
    }

    @Test
    void brighterSampleNegativesMoveTheThresholdUpByTheirShift() {
        Threshold t = ControlAlignment.align(controlPercentile(), normal(20000, 0, 0), normal(20000, 0.2, 4000), IDENTITY);
        assertEquals(Z995 + 0.2, t.transformed(), 0.01);
        assertEquals(t.transformed(), t.raw(), 1e-12);
        assertEquals("controls", t.method());
    }

    @Test
    void dimmerSampleNegativesMoveItDown() {
        Threshold t = ControlAlignment.align(controlPercentile(), normal(20000, 0, 0), normal(20000, -0.2, 4000), IDENTITY);
        assertEquals(Z995 - 0.2, t.transformed(), 0.01);
    }

    @Test
    void shiftIsCappedAtHalfTheControlsMedianToThresholdDistance() {
        Threshold t = ControlAlignment.align(controlPercentile(), normal(20000, 0, 0), normal(20000, 2.0, 0), IDENTITY);
        // the control's values below the threshold are the lower 99.5%: their median is the 49.75th percentile
        double controlMedian = new NormalDistribution(0, 1).inverseCumulativeProbability(0.4975);
        assertEquals(Z995 + 0.5 * (Z995 - controlMedian), t.transformed(), 1e-3);
    }

    @Test
    void tooFewNegativesLeaveTheControlThreshold() {
        Threshold t = ControlAlignment.align(controlPercentile(), normal(20000, 0, 0), normal(150, 0.5, 5000), IDENTITY);
        assertEquals(Z995, t.transformed(), 0);
    }
}
