package org.apogate.gating;

import java.util.List;
import java.util.Objects;

/**
 * Gating-ML polygon gate in two dimensions. Insideness follows the crossing (even-odd) rule, so
 * self-intersecting polygons work as the specification describes; the closing edge from the last
 * vertex back to the first is implied.
 */
public record PolygonGate(String id, String parentId, Dimension x, Dimension y, double[] xs, double[] ys)
        implements GeometricGate {

    public PolygonGate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (xs.length != ys.length) {
            throw new GatingException("gate " + id + ": " + xs.length + " x and " + ys.length + " y coordinates");
        }
        if (xs.length < 3) {
            throw new GatingException("gate " + id + ": a polygon needs at least 3 vertices, found " + xs.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new GatingException("gate " + id + ": vertex " + (i + 1) + " is not a finite number");
            }
        }
        xs = xs.clone();
        ys = ys.clone();
    }

    @Override
    public double[] xs() {
        return xs.clone();
    }

    @Override
    public double[] ys() {
        return ys.clone();
    }

    public int vertexCount() {
        return xs.length;
    }

    @Override
    public List<Dimension> dimensions() {
        return List.of(x, y);
    }

    @Override
    public void evaluate(double[][] columns, int n, boolean[] inside) {
        prepare().evaluate(columns, n, inside);
    }

    @Override
    public Prepared prepare() {
        PolygonSlabs slabs = new PolygonSlabs(xs, ys);
        return (columns, n, inside) -> {
            double[] px = columns[0];
            double[] py = columns[1];
            for (int i = 0; i < n; i++) {
                inside[i] = slabs.contains(px[i], py[i]);
            }
        };
    }

    /** Crossing-number test: a horizontal ray to +x crosses the boundary an odd number of times. */
    public boolean contains(double px, double py) {
        if (Double.isNaN(px) || Double.isNaN(py)) {
            return false;
        }
        boolean in = false;
        int m = xs.length;
        for (int a = 0, b = m - 1; a < m; b = a++) {
            double ya = ys[a];
            double yb = ys[b];
            // half-open in y so that a vertex on the ray is counted once
            if ((ya <= py) != (yb <= py)) {
                double xCross = xs[a] + (py - ya) * (xs[b] - xs[a]) / (yb - ya);
                if (px < xCross) {
                    in = !in;
                }
            }
        }
        return in;
    }
}
