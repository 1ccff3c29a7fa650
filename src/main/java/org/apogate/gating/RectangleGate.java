package org.apogate.gating;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Gating-ML rectangle gate in 1..n dimensions (a range gate when n = 1). An event is inside when
 * {@code min <= x < max} in every dimension; an absent bound is stored as an infinity.
 */
public record RectangleGate(String id, String parentId, List<Interval> intervals) implements GeometricGate {

    /** One side of the rectangle; {@code min} may be -infinity and {@code max} +infinity (open). */
    public record Interval(Dimension dimension, double min, double max) {
        public Interval {
            Objects.requireNonNull(dimension, "dimension");
            if (Double.isNaN(min) || Double.isNaN(max)) {
                throw new GatingException("rectangle bound is NaN for " + dimension);
            }
        }

        public boolean hasMin() {
            return min != Double.NEGATIVE_INFINITY;
        }

        public boolean hasMax() {
            return max != Double.POSITIVE_INFINITY;
        }
    }

    public RectangleGate {
        Objects.requireNonNull(id, "id");
        intervals = List.copyOf(intervals);
        if (intervals.isEmpty()) {
            throw new GatingException("gate " + id + ": a rectangle gate needs at least one dimension");
        }
        for (Interval iv : intervals) {
            if (!iv.hasMin() && !iv.hasMax()) {
                throw new GatingException("gate " + id + ": each dimension needs a min or a max");
            }
        }
    }

    /** A one-dimensional range gate. */
    public static RectangleGate range(String id, String parentId, Dimension dimension, double min, double max) {
        return new RectangleGate(id, parentId, List.of(new Interval(dimension, min, max)));
    }

    @Override
    public List<Dimension> dimensions() {
        List<Dimension> dims = new ArrayList<>(intervals.size());
        for (Interval iv : intervals) {
            dims.add(iv.dimension());
        }
        return dims;
    }

    @Override
    public void evaluate(double[][] columns, int n, boolean[] inside) {
        java.util.Arrays.fill(inside, 0, n, true);
        for (int d = 0; d < intervals.size(); d++) {
            double min = intervals.get(d).min();
            double max = intervals.get(d).max();
            double[] x = columns[d];
            for (int i = 0; i < n; i++) {
                // written so that NaN fails both comparisons and lands outside
                inside[i] &= x[i] >= min && x[i] < max;
            }
        }
    }
}
