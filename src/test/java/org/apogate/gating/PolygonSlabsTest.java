package org.apogate.gating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The slab lookup must give the crossing-number answer for every point, boundary points included. */
class PolygonSlabsTest {

    @Test
    void agreesWithTheCrossingTestOnRandomPolygonsAndTheirVertices() {
        SplittableRandom rnd = new SplittableRandom(20261125);
        long insideSeen = 0;
        for (int trial = 0; trial < 300; trial++) {
            int m = 3 + rnd.nextInt(10);
            double[] xs = new double[m];
            double[] ys = new double[m];
            for (int i = 0; i < m; i++) {
                // a coarse grid makes repeated heights, horizontal edges and collinear vertices common
                xs[i] = rnd.nextInt(9) - 4 + (trial % 3 == 0 ? rnd.nextDouble() : 0);
                ys[i] = rnd.nextInt(9) - 4 + (trial % 5 == 0 ? rnd.nextDouble() : 0);
            }
            PolygonGate gate = new PolygonGate("P", null, Dimension.Channel.uncompensated("x"),
                    Dimension.Channel.uncompensated("y"), xs, ys);
            PolygonSlabs slabs = new PolygonSlabs(xs, ys);
            for (double[] p : probes(xs, ys, rnd)) {
                boolean expected = gate.contains(p[0], p[1]);
                assertEquals(expected, slabs.contains(p[0], p[1]),
                        "trial " + trial + " point (" + p[0] + ", " + p[1] + ")");
                insideSeen += expected ? 1 : 0;
            }
        }
        assertTrue(insideSeen > 1000, "the probes should hit the inside often: " + insideSeen);
    }

    @Test
    void nanAndPointsOutsideTheHeightRangeAreOutside() {
        PolygonSlabs square = new PolygonSlabs(new double[] {0, 2, 2, 0}, new double[] {0, 0, 2, 2});
        assertTrue(square.contains(1, 1));
        assertTrue(square.contains(0, 0), "bottom-left corner: half-open rule counts it in");
        assertFalse(square.contains(1, 2), "top edge is outside under the half-open rule");
        assertFalse(square.contains(1, -1e-300));
        assertFalse(square.contains(Double.NaN, 1));
        assertFalse(square.contains(1, Double.NaN));
        assertFalse(square.contains(Double.NEGATIVE_INFINITY, 1) && square.contains(Double.POSITIVE_INFINITY, 1));
    }

    /** Vertices, edge midpoints, points just beside them, and random points around the polygon. */
    private static List<double[]> probes(double[] xs, double[] ys, SplittableRandom rnd) {
        List<double[]> out = new ArrayList<>();
        int m = xs.length;
        for (int a = 0, b = m - 1; a < m; b = a++) {
            out.add(new double[] {xs[a], ys[a]});
            out.add(new double[] {(xs[a] + xs[b]) / 2, (ys[a] + ys[b]) / 2});
            out.add(new double[] {Math.nextUp(xs[a]), ys[a]});
            out.add(new double[] {xs[a], Math.nextDown(ys[a])});
        }
        for (int i = 0; i < 200; i++) {
            out.add(new double[] {rnd.nextDouble(-5, 5), rnd.nextDouble(-5, 5)});
            out.add(new double[] {rnd.nextInt(11) - 5, rnd.nextInt(11) - 5});
        }
        return out;
    }
}
