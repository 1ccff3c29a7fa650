package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.apogate.fcs.EventBlock;
import org.junit.jupiter.api.Test;

class CompensatorTest {

    private static SpilloverMatrix fitcPe() {
        return new SpilloverMatrix(List.of("FITC", "PE"), new double[][] {{1, 0.15}, {0, 1}}, "test matrix");
    }

    @Test
    void singleStainFitcEventLosesItsPeSpill() {
        // FITC light spills 15% into PE; a FITC-only cell reads FITC=1000, PE=150.
        EventBlock b = EventBlock.of(new double[] {1000, 0}, new double[] {150, 800});
        Compensator.of(fitcPe(), List.of("FITC", "PE")).apply(b);
        assertEquals(1000, b.column(0)[0], 1e-9);
        assertEquals(0, b.column(1)[0], 1e-9);  // the transposed application would leave 150 here
        assertEquals(0, b.column(0)[1], 1e-9);  // a PE-only cell gains nothing in FITC
        assertEquals(800, b.column(1)[1], 1e-9);
    }

    @Test
    void recoversTrueSignalsMixedByTheForwardModel() {
        // raw = true x S for a dense 3x3 S; compensation must give back true.
        double[][] s = {{1, 0.2, 0.05}, {0.1, 1, 0.3}, {0.02, 0.15, 1}};
        SpilloverMatrix m = new SpilloverMatrix(List.of("A", "B", "C"), s, "dense");
        SplittableRandom rnd = new SplittableRandom(7);
        int n = 500;
        double[][] truth = new double[3][n];
        double[][] raw = new double[3][n];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 3; c++) {
                truth[c][i] = rnd.nextDouble(-100, 50000);
            }
            for (int d = 0; d < 3; d++) {
                for (int c = 0; c < 3; c++) {
                    raw[d][i] += truth[c][i] * s[c][d];
                }
            }
        }
        EventBlock b = EventBlock.of(raw[0].clone(), raw[1].clone(), raw[2].clone());
        Compensator.of(m, List.of("A", "B", "C")).apply(b);
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < n; i++) {
                assertEquals(truth[c][i], b.column(c)[i], 1e-7 * Math.max(1, Math.abs(truth[c][i])));
            }
        }
    }

    @Test
    void inverseTimesMatrixIsIdentity() {
        double[][] s = {{1, 0.2986, 0, 0.0165}, {0.007, 1, 0, 0.0726}, {0, 0, 1, 0}, {0, 0.0006, 0, 1}};
        Compensator c = Compensator.of(new SpilloverMatrix(List.of("a", "b", "c", "d"), s, "t"), List.of("a", "b", "c", "d"));
        assertIdentityProduct(s, c.inverse());
    }

    static void assertIdentityProduct(double[][] s, double[][] inv) {
        int n = s.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += s[i][k] * inv[k][j];
                }
                assertEquals(i == j ? 1.0 : 0.0, sum, 1e-12, "(S x Sinv)[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void channelsOutsideTheMatrixPassThrough() {
        EventBlock b = EventBlock.of(new double[] {5000}, new double[] {1000}, new double[] {150}, new double[] {42});
        Compensator c = Compensator.of(fitcPe(), List.of("FSC-A", "FITC", "PE", "Time"));
        assertArrayEquals(new int[] {1, 2}, c.columns());
        assertEquals(java.util.Map.of("FITC", 1, "PE", 2), c.channelMapping());
        c.apply(b);
        assertEquals(5000, b.column(0)[0]);
        assertEquals(42, b.column(3)[0]);
        assertEquals(0, b.column(2)[0], 1e-9);
    }

    @Test
    void matrixChannelsMissingFromTheFileAreLeftOutWithAWarning() {
        double[][] s = {{1, 0.1, 0.5}, {0.2, 1, 0}, {0, 0.4, 1}};
        SpilloverMatrix m = new SpilloverMatrix(List.of("A", "B", "GONE"), s, "three");
        Compensator c = Compensator.of(m, List.of("B", "A"));
        assertEquals(List.of("GONE"), c.missingChannels());
        assertEquals(List.of("A", "B"), c.channels());
        assertTrue(c.warnings().get(0).contains("GONE"), c.warnings().toString());
        // Sub-matrix over A, B is [[1, 0.1], [0.2, 1]]; true A=1000, B=500 -> raw A=1100, B=600.
        EventBlock b = EventBlock.of(new double[] {600}, new double[] {1100});
        c.apply(b);
        assertEquals(1000, b.column(1)[0], 1e-9);
        assertEquals(500, b.column(0)[0], 1e-9);
    }

    @Test
    void noMatrixChannelInTheFileIsAnError() {
        CompensationException e = assertThrows(CompensationException.class,
                () -> Compensator.of(fitcPe(), List.of("FSC-A", "SSC-A")));
        assertTrue(e.getMessage().startsWith("test matrix"), e.getMessage());
    }

    @Test
    void namesMatchIgnoringCaseAndPaddingWithAWarning() {
        Compensator c = Compensator.of(fitcPe(), List.of(" fitc", "PE"));
        assertArrayEquals(new int[] {0, 1}, c.columns());
        assertEquals(1, c.warnings().size());
    }

    @Test
    void singularMatrixIsAnErrorNamingTheSource() {
        SpilloverMatrix singular = new SpilloverMatrix(List.of("A", "B"), new double[][] {{1, 1}, {1, 1}}, "SPILL keyword");
        CompensationException e = assertThrows(CompensationException.class,
                () -> Compensator.of(singular, List.of("A", "B")));
        assertTrue(e.getMessage().startsWith("SPILL keyword"), e.getMessage());
        assertTrue(e.getMessage().contains("singular"), e.getMessage());
    }

    @Test
    void illConditionedMatrixIsAnError() {
        SpilloverMatrix nearly = new SpilloverMatrix(List.of("A", "B"),
                new double[][] {{1, 1}, {1, 1 + 1e-14}}, "file comp.csv");
        CompensationException e = assertThrows(CompensationException.class,
                () -> Compensator.of(nearly, List.of("A", "B")));
        assertTrue(e.getMessage().contains("file comp.csv") && e.getMessage().contains("condition number"), e.getMessage());
    }

    @Test
    void nonFiniteEntryIsAnErrorNamingTheEntry() {
        SpilloverMatrix nan = new SpilloverMatrix(List.of("A", "B"), new double[][] {{1, Double.NaN}, {0, 1}}, "m");
        CompensationException e = assertThrows(CompensationException.class, () -> Compensator.of(nan, List.of("A", "B")));
        assertEquals("m: entry row 1, column 2 is NaN: expected a finite number", e.getMessage());
    }

    @Test
    void blockOfAnotherWidthIsRejected() {
        Compensator c = Compensator.of(fitcPe(), List.of("FSC", "FITC", "PE"));
        assertThrows(IllegalArgumentException.class, () -> c.apply(EventBlock.of(new double[] {1}, new double[] {2})));
    }

    @Test
    void identityMatrixChangesNothing() {
        SpilloverMatrix id = new SpilloverMatrix(List.of("A", "B"), new double[][] {{1, 0}, {0, 1}}, "id");
        Compensator c = Compensator.of(id, List.of("A", "B"));
        assertTrue(c.isIdentity());
        double[] a = {1.5, -3};
        EventBlock b = EventBlock.of(a, new double[] {2, 7});
        c.apply(b);
        assertSame(a, b.column(0));
        assertArrayEquals(new double[] {1.5, -3}, b.column(0));
    }

    @Test
    void onlyEventsBelowSizeAreTouched() {
        EventBlock b = new EventBlock(2, 4);
        b.column(0)[0] = 1000;
        b.column(1)[0] = 150;
        b.column(0)[3] = 1000;
        b.column(1)[3] = 150;  // stale data beyond size()
        b.reset(1, 0);
        Compensator.of(fitcPe(), List.of("FITC", "PE")).apply(b);
        assertEquals(0, b.column(1)[0], 1e-9);
        assertEquals(150, b.column(1)[3]);
    }

    @Test
    void targetedComputationEqualsFullCompensationExactly() {
        int channels = 6;
        double[][] s = new double[channels][channels];
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < channels; i++) {
            for (int j = 0; j < channels; j++) {
                s[i][j] = i == j ? 1 : (rnd.nextDouble() < 0.5 ? 0 : rnd.nextDouble(0, 0.3));
            }
        }
        List<String> names = List.of("c0", "c1", "c2", "c3", "c4", "c5");
        List<String> file = List.of("FSC", "c0", "c1", "c2", "c3", "c4", "c5", "Time");
        int n = 300;
        double[][] cols = new double[file.size()][n];
        for (double[] col : cols) {
            for (int i = 0; i < n; i++) {
                col[i] = rnd.nextDouble(-200, 100000);
            }
        }
        Compensator c = Compensator.of(new SpilloverMatrix(names, s, "rand"), file);
        TargetedCompensator t = c.forTargets(List.of("c4", "c1", "Time"));
        assertArrayEquals(new int[] {5, 2, 7}, t.targetColumns());
        double[][] out = new double[3][n];
        EventBlock raw = EventBlock.of(copy(cols));
        t.compute(raw, out);
        double[][] viaApplyTo = new double[3][n];
        c.applyTo(raw, new int[] {5, 2, 7}, viaApplyTo);
        EventBlock full = EventBlock.of(copy(cols));
        c.apply(full);
        assertArrayEquals(full.column(5), out[0]);
        assertArrayEquals(full.column(2), out[1]);
        assertArrayEquals(cols[7], out[2]);  // Time is not in the matrix: copied through
        assertArrayEquals(out[0], viaApplyTo[0]);
        assertArrayEquals(out[1], viaApplyTo[1]);
        assertArrayEquals(cols[5], raw.column(5));  // targeted computation leaves the block alone
    }

    @Test
    void missingTargetIsAnErrorNamingChannelAndSource() {
        Compensator c = Compensator.of(fitcPe(), List.of("FITC", "PE"));
        CompensationException e = assertThrows(CompensationException.class, () -> c.forTargets(List.of("APC")));
        assertTrue(e.getMessage().contains("'APC'") && e.getMessage().startsWith("test matrix"), e.getMessage());
    }

    @Test
    void inverseIsACopy() {
        Compensator c = Compensator.of(fitcPe(), List.of("FITC", "PE"));
        double[][] inv = c.inverse();
        assertEquals(-0.15, inv[0][1], 1e-15);
        inv[0][1] = 99;
        assertEquals(-0.15, c.inverse()[0][1], 1e-15);
        assertFalse(c.isIdentity());
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
