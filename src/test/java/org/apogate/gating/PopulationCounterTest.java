package org.apogate.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Counting without masks must give exactly the mask evaluator's counts, whatever the tree and blocks. */
class PopulationCounterTest {
    private static final List<String> CHANNELS = List.of("A", "B", "C");

    private static Dimension.Channel dim(String name) {
        return Dimension.Channel.uncompensated(name);
    }

    @Test
    void countsEqualTheMaskEvaluatorOnRandomTrees() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + rnd.nextInt(5000);
            double[][] cols = new double[3][n];
            for (double[] c : cols) {
                for (int i = 0; i < n; i++) {
                    // integers make ties with cut values and vertices common; some NaN
                    c[i] = rnd.nextInt(50) == 0 ? Double.NaN : rnd.nextInt(21) - 10;
                }
            }
            GatingStrategy s = randomTree(rnd);
            int block = 1 + rnd.nextInt(700);
            GatingResult masks = new GateEvaluator(s, CHANNELS, null).evaluate(new BlockSource(block, cols));
            GatingResult counts = new PopulationCounter(s, CHANNELS, null).count(new BlockSource(block, cols));
            assertEquals(masks.populationIds(), counts.populationIds());
            assertEquals(masks.totalEvents(), counts.totalEvents());
            for (String id : masks.populationIds()) {
                assertEquals(masks.stats(id), counts.stats(id), "trial " + trial + " population " + id);
            }
        }
    }

    @Test
    void partsAddUpToTheWhole() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8, Double.NaN, 10};
        double[] b = {5, 4, 3, 2, 1, 0, -1, -2, -3, -4};
        double[] c = new double[a.length];
        GatingStrategy s = new GatingStrategy(List.of(
                RectangleGate.range("R", null, dim("A"), 2, 9),
                quadrants("Q", "R", new double[] {5}, new double[] {0})), Map.of(), Map.of());
        PopulationCounter counter = new PopulationCounter(s, CHANNELS, null);
        var first = counter.countPart(new BlockSource(3, head(a, 4), head(b, 4), head(c, 4)));
        var second = counter.countPart(new BlockSource(3, tail(a, 4), tail(b, 4), tail(c, 4)));
        GatingResult r = counter.combine(List.of(first, second));
        assertEquals(10, r.totalEvents());
        assertEquals(7, r.stats("R").count()); // 2..8 (NaN and 10 out, 1 below)
        // R members (a, b): (2,4) (3,3) (4,2) -> a<5, b>=0; (5,1) (6,0) -> a>=5, b>=0; (7,-1) (8,-2) -> a>=5, b<0
        assertEquals(3, r.stats("Q_0_1").count());
        assertEquals(2, r.stats("Q_1_1").count());
        assertEquals(2, r.stats("Q_1_0").count());
        assertEquals(0, r.stats("Q_0_0").count());
        assertEquals(7, r.stats("Q_1_0").parentCount());
    }

    @Test
    void booleanGatesNeedTheMaskEvaluatorAndCountsHaveNoMemberships() {
        Gate r = RectangleGate.range("R", null, dim("A"), 0, 1);
        Gate not = new BooleanGate("N", null, BooleanGate.Operator.NOT, List.of(new BooleanGate.Reference("R", false)));
        assertFalse(PopulationCounter.supports(new GatingStrategy(List.of(r, not), Map.of(), Map.of())));
        GatingStrategy plain = new GatingStrategy(List.of(r), Map.of(), Map.of());
        assertTrue(PopulationCounter.supports(plain));
        GatingResult counted = new PopulationCounter(plain, CHANNELS, null)
                .count(new BlockSource(2, new double[] {0.5, 2}, new double[2], new double[2]));
        assertEquals(1, counted.stats("R").count());
        assertFalse(counted.hasMemberships());
        assertThrows(GatingException.class, () -> counted.membership("R"));
    }

    /** A random tree: rectangles, polygons and quadrant gates (1-2 cuts, some under a quadrant). */
    private static GatingStrategy randomTree(SplittableRandom rnd) {
        List<Gate> gates = new ArrayList<>();
        List<String> populations = new ArrayList<>();
        int count = 1 + rnd.nextInt(5);
        for (int g = 0; g < count; g++) {
            String parent = populations.isEmpty() || rnd.nextInt(4) == 0 ? null : populations.get(rnd.nextInt(populations.size()));
            String id = "G" + g;
            String x = CHANNELS.get(rnd.nextInt(3));
            String y = CHANNELS.get(rnd.nextInt(3));
            switch (rnd.nextInt(3)) {
                case 0 -> {
                    gates.add(RectangleGate.range(id, parent, dim(x), rnd.nextInt(21) - 12, rnd.nextInt(21) - 2));
                    populations.add(id);
                }
                case 1 -> {
                    int m = 3 + rnd.nextInt(6);
                    double[] xs = new double[m];
                    double[] ys = new double[m];
                    for (int i = 0; i < m; i++) {
                        xs[i] = rnd.nextInt(21) - 10;
                        ys[i] = rnd.nextInt(21) - 10;
                    }
                    gates.add(new PolygonGate(id, parent, dim(x), dim(y), xs, ys));
                    populations.add(id);
                }
                default -> {
                    double[] cx = rnd.nextBoolean() ? new double[] {rnd.nextInt(11) - 5}
                            : new double[] {rnd.nextInt(5) - 6, rnd.nextInt(5) + 1};
                    double[] cy = new double[] {rnd.nextInt(11) - 5};
                    QuadrantGate q = quadrants(id, parent, cx, cy, x, y.equals(x) ? CHANNELS.get((CHANNELS.indexOf(x) + 1) % 3) : y);
                    gates.add(q);
                    for (QuadrantGate.Quadrant quadrant : q.quadrants()) {
                        populations.add(quadrant.id());
                    }
                }
            }
        }
        return new GatingStrategy(gates, Map.of(), Map.of());
    }

    private static QuadrantGate quadrants(String id, String parent, double[] cx, double[] cy) {
        return quadrants(id, parent, cx, cy, "A", "B");
    }

    /** Every cell of the grid as a quadrant named id_i_j, plus one quadrant naming only the x divider. */
    private static QuadrantGate quadrants(String id, String parent, double[] cx, double[] cy, String x, String y) {
        List<QuadrantGate.Divider> dividers = List.of(new QuadrantGate.Divider(id + "x", dim(x), cx),
                new QuadrantGate.Divider(id + "y", dim(y), cy));
        List<QuadrantGate.Quadrant> quadrants = new ArrayList<>();
        for (int i = 0; i <= cx.length; i++) {
            for (int j = 0; j <= cy.length; j++) {
                Map<String, Double> loc = new LinkedHashMap<>();
                loc.put(id + "x", location(cx, i));
                loc.put(id + "y", location(cy, j));
                quadrants.add(new QuadrantGate.Quadrant(id + "_" + i + "_" + j, loc));
            }
        }
        if (cx.length == 2) {
            quadrants.add(new QuadrantGate.Quadrant(id + "_middle", Map.of(id + "x", (cx[0] + cx[1]) / 2)));
        }
        return new QuadrantGate(id, parent, dividers, quadrants);
    }

    /** A value inside interval i of the sorted cuts. */
    private static double location(double[] cuts, int i) {
        double[] c = cuts.clone();
        java.util.Arrays.sort(c);
        return i == 0 ? c[0] - 0.5 : c[i - 1] + 0.5;
    }

    private static double[] head(double[] a, int k) {
        return java.util.Arrays.copyOf(a, k);
    }

    private static double[] tail(double[] a, int k) {
        return java.util.Arrays.copyOfRange(a, k, a.length);
    }

    /** Logicle, fasinh and flin cuts move to the data scale; flog and bounded ones cannot. */
    @Test
    void quadrantCutsOnIncreasingTransformsGiveTheEvaluatorsCounts() {
        Map<String, ScaleTransform> transforms = Map.of(
                "logicle", new ScaleTransform("logicle", "logicle", Map.of(), new org.apogate.transform.LogicleTransform(262144, 0.5, 4.5, 0)),
                "asinh", new ScaleTransform("asinh", "fasinh", Map.of(), new org.apogate.transform.AsinhTransform(262144, 4, 1)),
                "lin", new ScaleTransform("lin", "flin", Map.of(), new org.apogate.transform.LinearTransform(1000, 100)),
                "log", new ScaleTransform("log", "flog", Map.of(), new org.apogate.transform.LogTransform(262144, 4.5)),
                "bounded", new ScaleTransform("bounded", "bounded", Map.of(), new org.apogate.transform.BoundedTransform(
                        new org.apogate.transform.LinearTransform(1000, 100), 0.2, 0.6)));
        SplittableRandom rnd = new SplittableRandom(11);
        int n = 20_000;
        double[][] cols = new double[3][n];
        for (double[] c : cols) {
            for (int i = 0; i < n; i++) {
                double v = Math.exp(rnd.nextDouble() * 12) * (rnd.nextInt(5) == 0 ? -0.01 : 1);
                c[i] = rnd.nextInt(100) == 0 ? Double.NaN : rnd.nextInt(100) == 0 ? 0 : v;
            }
        }
        List<String> refs = List.of("logicle", "asinh", "lin", "log", "bounded");
        for (String xRef : refs) {
            for (String yRef : refs) {
                double[] cx = {0.31, 0.5, 0.77};
                double[] cy = {0.42};
                List<QuadrantGate.Divider> dividers = List.of(
                        new QuadrantGate.Divider("x", new Dimension.Channel("A", Dimension.UNCOMPENSATED, xRef), cx),
                        new QuadrantGate.Divider("y", new Dimension.Channel("B", Dimension.UNCOMPENSATED, yRef), cy));
                List<QuadrantGate.Quadrant> quadrants = new ArrayList<>();
                for (int i = 0; i <= cx.length; i++) {
                    for (int j = 0; j <= cy.length; j++) {
                        quadrants.add(new QuadrantGate.Quadrant("q" + i + j, Map.of("x", location(cx, i), "y", location(cy, j))));
                    }
                }
                GatingStrategy s = new GatingStrategy(List.of(
                        RectangleGate.range("R", null, dim("C"), 1, 1e5),
                        new QuadrantGate("Q", "R", dividers, quadrants)), transforms, Map.of());
                GatingResult masks = new GateEvaluator(s, CHANNELS, null).evaluate(new BlockSource(4096, cols));
                GatingResult counts = new PopulationCounter(s, CHANNELS, null).count(new BlockSource(4096, cols));
                for (String id : masks.populationIds()) {
                    assertEquals(masks.stats(id), counts.stats(id), xRef + " x " + yRef + ": " + id);
                }
            }
        }
    }

    /** A transform that counts the values it was asked to transform. */
    private static final class CountingTransform implements org.apogate.transform.Transform {
        private final org.apogate.transform.Transform inner;
        long transformed;

        CountingTransform(org.apogate.transform.Transform inner) {
            this.inner = inner;
        }

        @Override
        public double apply(double x) {
            transformed++;
            return inner.apply(x);
        }

        @Override
        public double inverse(double y) {
            return inner.inverse(y);
        }

        @Override
        public boolean increasingEverywhere() {
            return inner.increasingEverywhere();
        }
    }

    @Test
    void countingQuadrantsDoesNotTransformEventsWhenTheCutsCanMove() {
        CountingTransform logicle = new CountingTransform(new org.apogate.transform.LogicleTransform(262144, 0.5, 4.5, 0));
        CountingTransform log = new CountingTransform(new org.apogate.transform.LogTransform(262144, 4.5));
        GatingStrategy s = new GatingStrategy(List.of(new QuadrantGate("Q", null, List.of(
                        new QuadrantGate.Divider("x", new Dimension.Channel("A", Dimension.UNCOMPENSATED, "logicle"), new double[] {0.4}),
                        new QuadrantGate.Divider("y", new Dimension.Channel("B", Dimension.UNCOMPENSATED, "log"), new double[] {0.6})),
                List.of(new QuadrantGate.Quadrant("hi", Map.of("x", 0.9, "y", 0.9))))),
                Map.of("logicle", new ScaleTransform("logicle", "logicle", Map.of(), logicle),
                        "log", new ScaleTransform("log", "flog", Map.of(), log)), Map.of());
        double[][] cols = {{1, 10, 100, 1000, 10_000}, {1, 10, 100, 1000, 10_000}, new double[5]};

        GatingResult counts = new PopulationCounter(s, CHANNELS, null).count(new BlockSource(2, cols));
        assertEquals(0, logicle.transformed, "logicle's cut moved to the data scale");
        assertEquals(5, log.transformed, "flog is not defined for every value: its events are transformed");

        GatingResult masks = new GateEvaluator(s, CHANNELS, null).evaluate(new BlockSource(2, cols));
        assertEquals(5, logicle.transformed);
        assertEquals(masks.stats("hi"), counts.stats("hi"));
        long expected = 0;
        for (double v : cols[0]) {
            expected += logicle.inner.apply(v) >= 0.4 && log.inner.apply(v) >= 0.6 ? 1 : 0;
        }
        assertEquals(1, expected); // only 10,000 is above both cuts
        assertEquals(expected, counts.stats("hi").count());
    }

    @Test
    void channelsReadAreTheRawDimensionsAndEveryCompensationInput() {
        // B is compensated with the file's matrix over A and B; C is used as acquired
        var spill = new org.apogate.compensation.SpilloverMatrix(List.of("A", "B"), new double[][] {{1, 0.5}, {0, 1}}, "test");
        Gate r = RectangleGate.range("R", null, dim("C"), 0, 1);
        Gate b = RectangleGate.range("S", "R", new Dimension.Channel("B", Dimension.FCS, null), 0, 1);
        GatingStrategy s = new GatingStrategy(List.of(r, b), Map.of(), Map.of());
        java.util.BitSet read = new PopulationCounter(s, CHANNELS, spill).channelsRead();
        assertEquals("{0, 1, 2}", read.toString());
        assertEquals(read, new GateEvaluator(s, CHANNELS, spill).channelsRead());
        // without compensation only the raw column is read
        GatingStrategy plain = new GatingStrategy(List.of(r), Map.of(), Map.of());
        assertEquals("{2}", new PopulationCounter(plain, CHANNELS, spill).channelsRead().toString());
    }
}
