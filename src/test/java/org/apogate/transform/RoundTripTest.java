package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * inverse(apply(x)) == x to 1e-9 relative (1e-9 absolute for |x| < 1) over the whole range,
 * negatives included, for every transform and several parameter sets.
 */
class RoundTripTest {

    static Stream<Transform> transforms() {
        return Stream.of(
                new LinearTransform(262144, 0), new LinearTransform(1000, 1000), new LinearTransform(1, 0.5),
                new AsinhTransform(262144, 4.5, 0), new AsinhTransform(1000, 4, 1), new AsinhTransform(262144, 5, 2),
                new LogicleTransform(262144, 0.5, 4.5, 0), new LogicleTransform(1000, 1, 4, 0),
                new LogicleTransform(1000, 1, 4, 1), new LogicleTransform(1000, 0, 4, 1),
                new LogicleTransform(262144, 2.25, 4.5, 0), new LogicleTransform(262144, 1, 4.5, -1),
                new LogicleTransform(10000, 0.5, 4.5, 3.5), new LogicleTransform(262144, 0.01, 5, 0),
                new HyperlogTransform(262144, 0.5, 4.5, 0), new HyperlogTransform(1000, 1, 4, 0),
                new HyperlogTransform(1000, 1, 4, 1), new HyperlogTransform(1000, 0.01, 4, 1),
                new HyperlogTransform(262144, 2.25, 4.5, 0), new HyperlogTransform(262144, 1, 4.5, -1),
                FlowJoBiexTransform.withFlowJoDefaults(0, -10), FlowJoBiexTransform.withFlowJoDefaults(1, -7.943282),
                FlowJoBiexTransform.withFlowJoDefaults(0, -1), new FlowJoBiexTransform(2, -1000, 5, 1e6, 1024));
    }

    /** Magnitudes 1e-12 .. 1e9 (log-spaced, plus random), both signs, and zero. */
    static double[] grid() {
        List<Double> xs = new ArrayList<>();
        xs.add(0.0);
        for (double e = -12; e <= 9; e += 0.01) {
            double v = Math.pow(10, e);
            xs.add(v);
            xs.add(-v);
        }
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 20000; i++) {
            xs.add(rnd.nextDouble(-3e5, 3e5));
        }
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @ParameterizedTest
    @MethodSource("transforms")
    void inverseUndoesApply(Transform tr) {
        boolean logOnlyPositive = tr instanceof LogTransform;
        double worst = 0;
        double worstX = Double.NaN;
        for (double x : grid()) {
            if (logOnlyPositive && x <= 0) {
                continue;
            }
            double back = tr.inverse(tr.apply(x));
            double err = Math.abs(back - x) / Math.max(1, Math.abs(x));
            if (!(err <= worst)) {
                worst = err;
                worstX = x;
            }
        }
        assertTrue(worst <= 1e-9, tr + ": worst round-trip error " + worst + " at x = " + worstX);
    }

    @ParameterizedTest
    @MethodSource("transforms")
    void applyUndoesInverseOverTheDisplayRange(Transform tr) {
        double top = tr instanceof FlowJoBiexTransform biex ? biex.channelRange() : 1;
        for (int i = -200; i <= 1200; i++) {
            double y = top * i / 1000.0;
            double x = tr.inverse(y);
            if (!Double.isFinite(x)) {
                continue;
            }
            double back = tr.apply(x);
            assertTrue(Math.abs(back - y) <= 1e-9 * Math.max(top, Math.abs(y)), tr + " at y = " + y + " got " + back);
        }
    }

    @Test
    void logTransformRoundTripsPositives() {
        LogTransform log = new LogTransform(262144, 4.5);
        for (double e = -6; e <= 9; e += 0.01) {
            double x = Math.pow(10, e);
            assertTrue(Math.abs(log.inverse(log.apply(x)) - x) <= 1e-12 * x, "flog at " + x);
        }
    }
}
