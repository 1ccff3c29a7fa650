package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random valid parameter sets across the whole Gating-ML / FlowJo ranges (tiny and huge T, W at
 * both limits, A at both limits, many decades): the solver never throws or returns garbage, round
 * trips hold to 1e-9 (or to the resolution of a double display value, when T is so large that one
 * ulp of y spans more than 1e-9 data units) and the bulk path agrees with the exact one.
 */
class RandomParametersTest {
    private static final int SETS = 15;

    private static Transform randomTransform(SplittableRandom rnd, int kind) {
        double t = Math.pow(10, rnd.nextDouble(-2, 12));
        double m = rnd.nextDouble(0.5, 12);
        double w = switch (rnd.nextInt(5)) {
            case 0 -> m / 2;
            case 1 -> 1e-6;
            case 2 -> kind == 0 ? 0 : 1e-3;
            default -> rnd.nextDouble(0, m / 2);
        };
        double a = switch (rnd.nextInt(4)) {
            case 0 -> -w;
            case 1 -> m - 2 * w;
            default -> w == 0 && m - 2 * w == 0 ? 0 : rnd.nextDouble(-w, m - 2 * w);
        };
        return switch (kind) {
            case 0 -> new LogicleTransform(t, w, m, a);
            case 1 -> new HyperlogTransform(t, w, m, a);
            case 2 -> new AsinhTransform(t, m, rnd.nextDouble(0, m));
            default -> new FlowJoBiexTransform(rnd.nextDouble(0, 3), -Math.pow(10, rnd.nextDouble(0, 3)),
                    rnd.nextDouble(3, 7), Math.pow(10, rnd.nextDouble(2, 9)), 256 << rnd.nextInt(6));
        };
    }

    @Test
    void roundTripsAndFastPathHoldForRandomParameters() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int s = 0; s < SETS; s++) {
            for (int kind = 0; kind < 4; kind++) {
                Transform tr = randomTransform(rnd, kind);
                double range = tr instanceof FlowJoBiexTransform b ? b.channelRange() + 1 : 1;
                double[] xs = new double[3000];
                for (int i = 0; i < xs.length; i++) {
                    xs[i] = (rnd.nextBoolean() ? 1 : -1) * Math.pow(10, rnd.nextDouble(-10, 14));
                }
                double[] fast = xs.clone();
                tr.applyInPlace(fast, fast.length);
                for (int i = 0; i < xs.length; i++) {
                    double x = xs[i];
                    double y = tr.apply(x);
                    assertTrue(Double.isFinite(y), tr + " gave " + y + " at " + x);
                    double back = tr.inverse(y);
                    // with huge T and wide linear regions one ulp of y is more than 1e-9 data
                    // units; allow what the display value's own resolution cannot distinguish
                    double resolution = Math.abs(tr.inverse(y + 4 * Math.ulp(y)) - tr.inverse(y));
                    assertTrue(Math.abs(back - x) <= 1e-9 * Math.max(1, Math.abs(x)) + resolution,
                            tr + " round trip " + x + " -> " + y + " -> " + back);
                    double rel = Math.abs(fast[i] - y) / Math.max(Math.abs(y), 1e-4 * range);
                    assertTrue(rel <= 1e-9, tr + " fast " + fast[i] + " vs exact " + y + " at " + x);
                }
            }
        }
    }
}
