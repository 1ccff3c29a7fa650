package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table path used by {@code applyInPlace} against the exact (Halley / closed form) {@code apply}:
 * max relative error 1e-9 on a dense log-spaced grid, random values, bin edges and special values.
 * Relative to max(|exact|, 1e-4 of the display range): at the display coordinate's own zero
 * crossing a relative error means nothing, there we hold it to 1e-13 of the range absolute.
 */
class FastPathTest {

    static Stream<Transform> transforms() {
        return Stream.of(
                new LogicleTransform(262144, 0.5, 4.5, 0), new LogicleTransform(1000, 1, 4, 0),
                new LogicleTransform(1000, 0, 4, 1), new LogicleTransform(262144, 2.25, 4.5, 0),
                new LogicleTransform(262144, 1, 4.5, -1), new LogicleTransform(10000, 0.5, 4.5, 3.5),
                new LogicleTransform(262144, 0.01, 5, 0), new LogicleTransform(4e9, 1.5, 9, 1),
                new HyperlogTransform(262144, 0.5, 4.5, 0), new HyperlogTransform(1000, 0.01, 4, 1),
                new HyperlogTransform(262144, 1, 4.5, -1), new HyperlogTransform(1000, 2, 4, 0),
                new AsinhTransform(262144, 4.5, 0), new AsinhTransform(1000, 4, 1), new AsinhTransform(262144, 5, 5),
                FlowJoBiexTransform.withFlowJoDefaults(1, -7.943282), FlowJoBiexTransform.withFlowJoDefaults(0, -10),
                FlowJoBiexTransform.withFlowJoDefaults(0, -1), new FlowJoBiexTransform(2, -1000, 5, 1e6, 1024));
    }

    private static double[] values() {
        int dense = 2 * 120_001;
        int random = 300_000;
        double[] xs = new double[dense + random + 2 * 120 + 10];
        int k = 0;
        for (int i = 0; i <= 120_000; i++) {
            double v = Math.pow(10, -14 + i * 2e-4);   // 1e-14 .. 1e10, ~20 points per table bin
            xs[k++] = v;
            xs[k++] = -v;
        }
        SplittableRandom rnd = new SplittableRandom(20261125);
        for (int i = 0; i < random; i++) {
            xs[k++] = (i & 1) == 0 ? rnd.nextGaussian() * 300 : rnd.nextDouble(-3e5, 3e6);
        }
        for (int e = -60; e < 60; e++) {               // exact bin edges
            xs[k++] = Math.scalb(1.0, e);
            xs[k++] = -Math.scalb(1.0, e);
        }
        double[] special = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double s : special) {
            xs[k++] = s;
        }
        return xs;
    }

    @ParameterizedTest
    @MethodSource("transforms")
    void applyInPlaceMatchesExactApply(Transform tr) {
        double range = tr instanceof FlowJoBiexTransform biex ? biex.channelRange() + 1 : 1;
        double[] xs = values();
        double[] fast = xs.clone();
        tr.applyInPlace(fast, fast.length);
        double worst = 0;
        double worstX = 0;
        for (int i = 0; i < xs.length; i++) {
            double exact = tr.apply(xs[i]);
            if (!Double.isFinite(exact)) {
                assertEquals(exact, fast[i], tr + " at " + xs[i]);
                continue;
            }
            double rel = Math.abs(fast[i] - exact) / Math.max(Math.abs(exact), 1e-4 * range);
            if (!(rel <= worst)) {
                worst = rel;
                worstX = xs[i];
            }
        }
        assertTrue(worst <= 1e-9, tr + ": fast path relative error " + worst + " at x = " + worstX);
    }

    @ParameterizedTest
    @MethodSource("transforms")
    void applyInPlaceTouchesOnlyTheFirstNValues(Transform tr) {
        double[] v = {1, 10, 100, 1000};
        tr.applyInPlace(v, 2);
        assertEquals(tr.apply(10), v[1], 1e-9 * Math.abs(tr.apply(10)));
        assertEquals(100, v[2], 0);
        assertEquals(1000, v[3], 0);
    }
}
