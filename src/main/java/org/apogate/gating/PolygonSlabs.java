package org.apogate.gating;

import java.util.Arrays;

/**
 * The crossing-number test of {@link PolygonGate#contains} with the edges a horizontal ray can cross
 * looked up instead of tried: between two consecutive vertex heights the set of edges straddling the
 * ray is fixed, so each event computes only those crossings (usually two), with the same arithmetic
 * as {@code contains}, hence the same answer for every point, boundary points included.
 */
final class PolygonSlabs {
    /** Distinct vertex heights, ascending: slab k is {@code [heights[k], heights[k+1])}. */
    private final double[] heights;
    /** Edges of slab k are entries {@code slabStart[k] .. slabStart[k+1]-1} of the arrays below. */
    private final int[] slabStart;
    private final double[] xa;
    private final double[] ya;
    private final double[] dx;
    private final double[] dy;

    PolygonSlabs(double[] xs, double[] ys) {
        int m = xs.length;
        heights = distinctSorted(ys);
        int slabs = Math.max(0, heights.length - 1);
        slabStart = new int[slabs + 1];
        double[][] edges = new double[slabs * m][];
        int count = 0;
        for (int k = 0; k < slabs; k++) {
            slabStart[k] = count;
            double bottom = heights[k];
            for (int a = 0, b = m - 1; a < m; b = a++) {
                double lo = Math.min(ys[a], ys[b]);
                double hi = Math.max(ys[a], ys[b]);
                // contains() counts edge (a, b) exactly when lo <= py < hi, for all py of this slab or none
                if (lo <= bottom && bottom < hi) {
                    edges[count++] = new double[] {xs[a], ys[a], xs[b] - xs[a], ys[b] - ys[a]};
                }
            }
        }
        slabStart[slabs] = count;
        xa = new double[count];
        ya = new double[count];
        dx = new double[count];
        dy = new double[count];
        for (int e = 0; e < count; e++) {
            xa[e] = edges[e][0];
            ya[e] = edges[e][1];
            dx[e] = edges[e][2];
            dy[e] = edges[e][3];
        }
    }

    private static double[] distinctSorted(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int k = 0;
        for (int i = 0; i < s.length; i++) {
            if (i == 0 || Double.compare(s[i], s[k - 1]) != 0) {
                s[k++] = s[i];
            }
        }
        return Arrays.copyOf(s, k);
    }

    boolean contains(double px, double py) {
        double[] h = heights;
        int last = h.length - 1;
        if (!(py >= h[0] && py < h[last]) || px != px) {
            return false; // below, above (the ray crosses nothing) or NaN
        }
        int k = 0;
        while (k + 1 < last && py >= h[k + 1]) {
            k++;
        }
        boolean in = false;
        for (int e = slabStart[k], end = slabStart[k + 1]; e < end; e++) {
            double xCross = xa[e] + (py - ya[e]) * dx[e] / dy[e];
            if (px < xCross) {
                in = !in;
            }
        }
        return in;
    }
}
