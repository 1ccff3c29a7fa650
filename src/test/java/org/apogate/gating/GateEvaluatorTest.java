package org.apogate.gating;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

class GateEvaluatorTest {
    private static final List<String> CHANNELS = List.of("A", "B", "C");
    private static final double NAN = Double.NaN;

    private static Dimension.Channel dim(String name) {
        return Dimension.Channel.uncompensated(name);
    }

    private static GatingResult run(List<Gate> gates, int blockSize, double[]... cols) {
        return run(new GatingStrategy(gates, Map.of(), Map.of()), null, blockSize, cols);
    }

    private static GatingResult run(GatingStrategy s, SpilloverMatrix spill, int blockSize, double[]... cols) {
        return new GateEvaluator(s, CHANNELS, spill).evaluate(new BlockSource(blockSize, cols));
    }

    private static int[] bits(GatingResult r, String id) {
        BitSet b = r.membership(id);
        int n = (int) r.totalEvents();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = b.get(i) ? 1 : 0;
        }
        return out;
    }

    @Test
    void rangeIsHalfOpenAndNanIsOutside() {
        double[] a = {0.99, 1.0, 1.5, 2.0, 2.01, NAN, Double.POSITIVE_INFINITY};
        double[] zero = new double[a.length];
        Gate g = RectangleGate.range("R", null, dim("A"), 1.0, 2.0);
        GatingResult r = run(List.of(g), 3, a, zero, zero);
        assertArrayEquals(new int[] {0, 1, 1, 0, 0, 0, 0}, bits(r, "R"));
        assertEquals(2, r.stats("R").count());
        assertEquals(100.0 * 2 / 7, r.stats("R").percentOfTotal(), 1e-12);
    }

    @Test
    void openSidedRectangleIn2D() {
        double[] a = {5, 5, -1, 100};
        double[] b = {0, 3, 0, 2.999};
        double[] c = new double[4];
        Gate g = new RectangleGate("Rect", null, List.of(
                new RectangleGate.Interval(dim("A"), 0, Double.POSITIVE_INFINITY),
                new RectangleGate.Interval(dim("B"), Double.NEGATIVE_INFINITY, 3)));
        assertArrayEquals(new int[] {1, 0, 0, 1}, bits(run(List.of(g), 2, a, b, c), "Rect"));
    }

    @Test
    void polygonCrossingRuleHandlesSelfIntersectionAndConcavity() {
        // bow-tie (0,0)-(2,2)-(2,0)-(0,2): two triangles meeting at (1,1)
        PolygonGate bowtie = new PolygonGate("Bow", null, dim("A"), dim("B"),
                new double[] {0, 2, 2, 0}, new double[] {0, 2, 0, 2});
        assertTrue(bowtie.contains(0.2, 1.0));
        assertTrue(bowtie.contains(1.8, 1.0));
        assertTrue(!bowtie.contains(1.0, 0.2));
        assertTrue(!bowtie.contains(1.0, 1.8));
        // a U shape: the notch is outside
        PolygonGate u = new PolygonGate("U", null, dim("A"), dim("B"),
                new double[] {0, 3, 3, 2, 2, 1, 1, 0}, new double[] {0, 0, 3, 3, 1, 1, 3, 3});
        double[] x = {1.5, 1.5, 0.5, 2.5, NAN, 4};
        double[] y = {2, 0.5, 2, 2, 1, 1};
        assertArrayEquals(new int[] {0, 1, 1, 1, 0, 0}, bits(run(List.of(u), 4, x, y, new double[6]), "U"));
    }

    @Test
    void ellipseUsesMahalanobisDistanceInclusive() {
        // axis-aligned ellipse with half-axes 2 (A) and 1 (B): covariance diag(4, 1), distance 1
        EllipsoidGate e = new EllipsoidGate("E", null, List.of(dim("A"), dim("B")), new double[] {10, 20},
                new double[][] {{4, 0}, {0, 1}}, 1);
        double[] a = {10, 12, 12.01, 10, 11, NAN};
        double[] b = {20, 20, 20, 21.01, 20.5, 20};
        assertArrayEquals(new int[] {1, 1, 0, 0, 1, 0}, bits(run(List.of(e), 5, a, b, new double[6]), "E"));
    }

    @Test
    void ellipsoidIn3D() {
        EllipsoidGate e = new EllipsoidGate("E3", null, List.of(dim("A"), dim("B"), dim("C")), new double[] {0, 0, 0},
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 9}}, 1);
        double[] a = {0, 0, 0.7};
        double[] b = {0, 0, 0.7};
        double[] c = {2.9, 3.1, 0};
        assertArrayEquals(new int[] {1, 0, 1}, bits(run(List.of(e), 5, a, b, c), "E3"));
    }

    @Test
    void quadrantBoundaryGoesToUpperSideAndUnconstrainedDividersAreIgnored() {
        QuadrantGate q = new QuadrantGate("Q", null, List.of(
                new QuadrantGate.Divider("dA", dim("A"), new double[] {10}),
                new QuadrantGate.Divider("dB", dim("B"), new double[] {5, 20})),
                List.of(new QuadrantGate.Quadrant("A+B+", Map.of("dA", 15.0, "dB", 25.0)),
                        new QuadrantGate.Quadrant("A-Bmid", Map.of("dA", 0.0, "dB", 7.0)),
                        new QuadrantGate.Quadrant("A+", Map.of("dA", 11.0))));
        double[] a = {10, 9.999, 10, 9, NAN, 30};
        double[] b = {20, 5, 19.99, 4.9, 30, NAN};
        GatingResult r = run(List.of(q), 4, a, b, new double[6]);
        assertArrayEquals(new int[] {1, 0, 0, 0, 0, 0}, bits(r, "A+B+"));
        assertArrayEquals(new int[] {0, 1, 0, 0, 0, 0}, bits(r, "A-Bmid"));
        assertArrayEquals(new int[] {1, 0, 1, 0, 0, 1}, bits(r, "A+"));
    }

    @Test
    void booleanGatesParentsAndComplements() {
        Gate r1 = RectangleGate.range("R1", null, dim("A"), 0, 10);
        Gate r2 = RectangleGate.range("R2", null, dim("B"), 0, 10);
        Gate and = new BooleanGate("And", null, BooleanGate.Operator.AND,
                List.of(new BooleanGate.Reference("R1", false), new BooleanGate.Reference("R2", true)));
        Gate or = new BooleanGate("Or", null, BooleanGate.Operator.OR,
                List.of(new BooleanGate.Reference("R1", false), new BooleanGate.Reference("R2", false)));
        Gate not = new BooleanGate("Not", null, BooleanGate.Operator.NOT, List.of(new BooleanGate.Reference("R1", false)));
        Gate child = RectangleGate.range("Child", "R1", dim("B"), 5, 100);
        double[] a = {1, 1, 20, 20, 5};
        double[] b = {1, 20, 1, 20, 7};
        GatingResult r = run(List.of(and, or, not, child, r1, r2), 2, a, b, new double[5]);
        assertArrayEquals(new int[] {0, 1, 0, 0, 0}, bits(r, "And"));
        assertArrayEquals(new int[] {1, 1, 1, 0, 1}, bits(r, "Or"));
        assertArrayEquals(new int[] {0, 0, 1, 1, 0}, bits(r, "Not"));
        assertArrayEquals(new int[] {0, 1, 0, 0, 1}, bits(r, "Child"));
        PopulationStats s = r.stats("Child");
        assertEquals(3, s.parentCount());
        assertEquals(100.0 * 2 / 3, s.percentOfParent(), 1e-12);
        assertEquals(40.0, s.percentOfTotal(), 1e-12);
    }

    @Test
    void ratioDimensionAndTransformAreAppliedPerDimension() {
        RatioTransform ratio = new RatioTransform("rat", "A", "B", 2, 1, -1);
        Transform times10 = new Transform() {
            @Override
            public double apply(double x) {
                return 10 * x;
            }

            @Override
            public double inverse(double y) {
                return y / 10;
            }
        };
        ScaleTransform t = new ScaleTransform("x10", "flin", Map.of("T", 1.0, "A", 0.0), times10);
        Gate g = RectangleGate.range("Rat", null, new Dimension.Ratio(ratio, Dimension.UNCOMPENSATED, "x10"), 10, 20);
        Gate plain = RectangleGate.range("Plain", null, dim("A"), 2, 3); // same channel, untransformed
        // ratio = 2 * (A - 1) / (B + 1)
        double[] a = {2, 3, 4, 2};
        double[] b = {1, 1, 1, 0};
        GatingResult r = run(new GatingStrategy(List.of(g, plain), Map.of("x10", t), Map.of()), null, 3, a, b, new double[4]);
        // ratios 1, 2, 3, 2 -> x10 = 10, 20, 30, 20
        assertArrayEquals(new int[] {1, 0, 0, 0}, bits(r, "Rat"));
        assertArrayEquals(new int[] {1, 0, 0, 1}, bits(r, "Plain"));
    }

    @Test
    void spectrumMatrixCompensatesACopyAndFcsWithoutSpilloverIsUncompensated() {
        // detectors A, B; fluorochromes F1, F2; spill: F1 puts 50% into B
        SpectrumMatrix m = new SpectrumMatrix("M", List.of("F1", "F2"), List.of("A", "B"),
                new double[][] {{1, 0.5}, {0, 1}}, false);
        Gate comp = RectangleGate.range("Comp", null, new Dimension.Channel("F2", "M", null), -0.5, 0.5);
        Gate raw = RectangleGate.range("Raw", null, dim("B"), 49, 51);
        Gate fcs = RectangleGate.range("Fcs", null, new Dimension.Channel("B", Dimension.FCS, null), 49, 51);
        double[] a = {100, 100};
        double[] b = {50, 80};
        GatingStrategy s = new GatingStrategy(List.of(comp, raw, fcs), Map.of(), Map.of("M", m));
        GatingResult r = run(s, null, 1, a, b, new double[2]);
        // F2 = B - 0.5 A = 0 and 30
        assertArrayEquals(new int[] {1, 0}, bits(r, "Comp"));
        assertArrayEquals(new int[] {1, 0}, bits(r, "Raw"));
        assertArrayEquals(new int[] {1, 0}, bits(r, "Fcs"));
        // with a file spillover, FCS compensates B as well
        SpilloverMatrix spill = new SpilloverMatrix(List.of("A", "B"), new double[][] {{1, 0.5}, {0, 1}}, "test");
        GatingResult withSpill = run(s, spill, 2, a, b, new double[2]);
        assertArrayEquals(new int[] {0, 0}, bits(withSpill, "Fcs"));
        assertArrayEquals(new int[] {1, 0}, bits(withSpill, "Raw"));
    }

    @Test
    void invertedAlreadyMatrixIsUsedAsIs() {
        SpectrumMatrix m = new SpectrumMatrix("M", List.of("F1", "F2"), List.of("A", "B"),
                new double[][] {{1, -0.5}, {0, 1}}, true);
        Gate comp = RectangleGate.range("Comp", null, new Dimension.Channel("F2", "M", null), -0.5, 0.5);
        GatingResult r = run(new GatingStrategy(List.of(comp), Map.of(), Map.of("M", m)), null, 2,
                new double[] {100, 100}, new double[] {50, 80}, new double[2]);
        assertArrayEquals(new int[] {1, 0}, bits(r, "Comp"));
    }

    @Test
    void moreDetectorsThanFluorochromesUnmixByLeastSquares() {
        // two fluorochromes seen by three detectors; raw = f x S exactly, so unmixing recovers f
        double[][] spectra = {{1, 0.5, 0.25}, {0.1, 1, 0.3}};
        SpectrumMatrix m = new SpectrumMatrix("M", List.of("F1", "F2"), List.of("A", "B", "C"), spectra, false);
        double[][] f = {{100, 0}, {0, 40}, {30, 60}};
        double[][] raw = new double[3][f.length];
        for (int e = 0; e < f.length; e++) {
            for (int d = 0; d < 3; d++) {
                raw[d][e] = f[e][0] * spectra[0][d] + f[e][1] * spectra[1][d];
            }
        }
        Gate f1 = RectangleGate.range("F1hi", null, new Dimension.Channel("F1", "M", null), 29.999, 30.001);
        Gate f2 = RectangleGate.range("F2hi", null, new Dimension.Channel("F2", "M", null), 39.999, 60.001);
        GatingResult r = run(new GatingStrategy(List.of(f1, f2), Map.of(), Map.of("M", m)), null, 2, raw[0], raw[1], raw[2]);
        assertArrayEquals(new int[] {0, 0, 1}, bits(r, "F1hi"));
        assertArrayEquals(new int[] {0, 1, 1}, bits(r, "F2hi"));
    }

    @Test
    void badReferencesAndCyclesAreRejected() {
        Gate orphan = RectangleGate.range("R", "Nope", dim("A"), 0, 1);
        assertThrows(GatingException.class, () -> new GatingStrategy(List.of(orphan), Map.of(), Map.of()));
        Gate x = RectangleGate.range("X", "Y", dim("A"), 0, 1);
        Gate y = RectangleGate.range("Y", "X", dim("A"), 0, 1);
        GatingException e = assertThrows(GatingException.class, () -> new GatingStrategy(List.of(x, y), Map.of(), Map.of()));
        assertTrue(e.getMessage().contains("cyclic"), e.getMessage());
        Gate badComp = RectangleGate.range("C", null, new Dimension.Channel("A", "NoMatrix", null), 0, 1);
        assertThrows(GatingException.class, () -> new GatingStrategy(List.of(badComp), Map.of(), Map.of()));
        Gate missingChannel = RectangleGate.range("M", null, dim("Z"), 0, 1);
        GatingStrategy s = new GatingStrategy(List.of(missingChannel), Map.of(), Map.of());
        GatingException e2 = assertThrows(GatingException.class, () -> new GateEvaluator(s, CHANNELS, null));
        assertTrue(e2.getMessage().contains("Z"), e2.getMessage());
    }

    /**
     * Quadrant memberships by the definition (for every divider a quadrant names, the event's
     * interval is its location's), for a gate small enough for the cell table and for one too
     * large for it (142 quadrants), with NaN values and values exactly on cuts.
     */
    @Test
    void quadrantMembershipsFollowTheIntervalsWithAndWithoutTheCellTable() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(3);
        int n = 3000;
        double[][] cols = new double[2][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = rnd.nextInt(40) == 0 ? Double.NaN : rnd.nextInt(80) - 5;
            cols[1][i] = rnd.nextInt(40) == 0 ? Double.NaN : rnd.nextInt(7) - 3;
        }
        for (int xCuts : new int[] {2, 70}) {
            double[] cx = new double[xCuts];
            for (int k = 0; k < xCuts; k++) {
                cx[k] = k;
            }
            double[] cy = {0};
            List<QuadrantGate.Divider> dividers = List.of(
                    new QuadrantGate.Divider("x", Dimension.Channel.uncompensated("A"), cx),
                    new QuadrantGate.Divider("y", Dimension.Channel.uncompensated("B"), cy));
            List<QuadrantGate.Quadrant> quadrants = new java.util.ArrayList<>();
            for (int i = 0; i <= xCuts; i++) {
                double lx = i == 0 ? -0.5 : i - 0.5;
                quadrants.add(new QuadrantGate.Quadrant("lo" + i, Map.of("x", lx, "y", -1.0)));
                quadrants.add(new QuadrantGate.Quadrant("hi" + i, Map.of("x", lx, "y", 1.0)));
            }
            quadrants.add(new QuadrantGate.Quadrant("yhigh", Map.of("y", 2.0)));
            QuadrantGate gate = new QuadrantGate("Q", null, dividers, quadrants);
            assertEquals(xCuts == 2, QuadrantCells.fits(gate));

            GatingResult r = new GateEvaluator(new GatingStrategy(List.of(gate), Map.of(), Map.of()), List.of("A", "B"), null)
                    .evaluate(new BlockSource(257, cols));

            for (QuadrantGate.Quadrant q : quadrants) {
                long expected = 0;
                for (int i = 0; i < n; i++) {
                    boolean in = true;
                    for (Map.Entry<String, Double> loc : q.locations().entrySet()) {
                        QuadrantGate.Divider d = dividers.get(gate.dividerIndex(loc.getKey()));
                        double v = cols[gate.dividerIndex(loc.getKey())][i];
                        in &= !Double.isNaN(v) && d.intervalOf(v) == d.intervalOf(loc.getValue());
                    }
                    expected += in ? 1 : 0;
                }
                assertEquals(expected, r.stats(q.id()).count(), xCuts + " cuts, quadrant " + q.id());
            }
        }
    }

    @Test
    void aSingularEllipsoidIsAnErrorNamingTheGateBeforeAnyEventIsRead() {
        EllipsoidGate e = new EllipsoidGate("E1", null, List.of(Dimension.Channel.uncompensated("A"), Dimension.Channel.uncompensated("B")),
                new double[] {0, 0}, new double[][] {{1, 2}, {2, 4}}, 1);
        GatingStrategy s = new GatingStrategy(List.of(e), Map.of(), Map.of());
        GatingException thrown = assertThrows(GatingException.class, () -> new GateEvaluator(s, List.of("A", "B"), null));
        assertTrue(thrown.getMessage().contains("E1") && thrown.getMessage().contains("singular"), thrown.getMessage());
        assertThrows(GatingException.class, () -> new PopulationCounter(s, List.of("A", "B"), null));
    }
}
