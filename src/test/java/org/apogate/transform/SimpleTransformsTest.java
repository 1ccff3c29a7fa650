package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** flin, flog, fasinh against their Gating-ML 2.0 definitions evaluated by hand. */
class SimpleTransformsTest {

    @Test
    void flinMapsMinusAToZeroAndTToOne() {
        LinearTransform lin = new LinearTransform(1000, 100);
        assertEquals(0, lin.apply(-100), 0);
        assertEquals(1, lin.apply(1000), 0);
        assertEquals(0.5, lin.apply(450), 1e-15);   // (450 + 100) / 1100
        assertEquals(-100.0 / 1100, lin.apply(-200), 1e-15);
        assertEquals(450, lin.inverse(0.5), 1e-12);
    }

    @Test
    void flogMapsTToOneAndMDecadesToTheUnitInterval() {
        LogTransform log = new LogTransform(10000, 5);
        assertEquals(1, log.apply(10000), 0);
        assertEquals(0, log.apply(0.1), 1e-15);     // 5 decades below T
        assertEquals(0.6, log.apply(100), 1e-15);   // log10(0.01)/5 + 1
        assertEquals(100, log.inverse(0.6), 1e-10);
        assertEquals(Double.NEGATIVE_INFINITY, log.apply(0));
        assertTrue(Double.isNaN(log.apply(-5)));
    }

    @Test
    void fasinhHandValues() {
        // T = 1000, M = 4, A = 1: x = 0 -> A/(M+A) = 0.2; x = T -> 1
        AsinhTransform f = new AsinhTransform(1000, 4, 1);
        assertEquals(0.2, f.apply(0), 1e-15);
        assertEquals(1, f.apply(1000), 1e-15);
        // x = 10: asinh(10 * sinh(4 ln10) / 1000) = asinh(50.0000000025) = 4.60527..., see below
        double z = 10 * Math.sinh(4 * Math.log(10)) / 1000;
        double asinh = Math.log(z + Math.sqrt(z * z + 1));
        assertEquals((asinh + Math.log(10)) / (5 * Math.log(10)), f.apply(10), 1e-15);
        // odd symmetry of asinh around the zero point
        assertEquals(0.4 - f.apply(123.0), f.apply(-123.0), 1e-15);
        assertEquals(-7.5e-300, f.inverse(f.apply(-7.5e-300)), 1e-12); // A > 0: absolute accuracy at 0
        assertEquals(1e200, f.inverse(f.apply(1e200)), 1e188);
    }

    @Test
    void fasinhEqualsLogicleWithZeroWidthEverywhere() {
        AsinhTransform f = new AsinhTransform(262144, 4.5, 1);
        LogicleTransform l = new LogicleTransform(262144, 0, 4.5, 1);
        for (double e = -3; e <= 6; e += 0.05) {
            double x = Math.pow(10, e);
            assertEquals(l.apply(x), f.apply(x), 1e-12, "x = " + x);
            assertEquals(l.apply(-x), f.apply(-x), 1e-12, "x = " + -x);
        }
    }

    @Test
    void extremeTopOfScaleStillBuildsAFiniteTable() {
        Transform[] all = {new LogicleTransform(1e305, 0.5, 4.5, 0), new HyperlogTransform(1e-300, 0.5, 4.5, 0),
            new AsinhTransform(1e300, 4.5, 0)};
        for (Transform t : all) {
            double[] v = {0, 1e-310, 1, -1, 1e305, -1e300, Double.MAX_VALUE, -Double.MAX_VALUE};
            double[] fast = v.clone();
            t.applyInPlace(fast, v.length);
            for (int i = 0; i < v.length; i++) {
                double exact = t.apply(v[i]);
                assertEquals(exact, fast[i], 1e-9 * Math.max(1, Math.abs(exact)), t + " at " + v[i]);
            }
        }
    }

    @Test
    void nonFiniteInputsGiveNonFiniteOutputsNotExceptions() {
        Transform[] all = {new LinearTransform(1000, 0), new AsinhTransform(1000, 4, 1),
            new LogicleTransform(1000, 1, 4, 0), new HyperlogTransform(1000, 1, 4, 0),
            FlowJoBiexTransform.withFlowJoDefaults(0, -10)};
        for (Transform t : all) {
            assertTrue(Double.isNaN(t.apply(Double.NaN)), t.toString());
            assertEquals(Double.POSITIVE_INFINITY, t.apply(Double.POSITIVE_INFINITY), t.toString());
            assertEquals(Double.NEGATIVE_INFINITY, t.apply(Double.NEGATIVE_INFINITY), t.toString());
            double huge = t.apply(Double.MAX_VALUE);
            assertTrue(huge > 1 && Double.isFinite(huge), t + " at MAX_VALUE gave " + huge);
        }
    }
}
