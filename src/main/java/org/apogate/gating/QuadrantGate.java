package org.apogate.gating;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gating-ML quadrant gate: dividers cut their dimension at sorted values into intervals
 * {@code (-inf, v1), [v1, v2), ..., [vk, +inf)} (an event exactly on a value goes to the upper
 * side); each quadrant is a population selecting, for each divider it names, the interval that
 * holds its location. Quadrants are the populations; the gate id itself only groups them.
 */
public record QuadrantGate(String id, String parentId, List<Divider> dividers, List<Quadrant> quadrants)
        implements Gate {

    /** A divider: a dimension and its cut values (ascending). */
    public record Divider(String id, Dimension dimension, double[] values) {
        public Divider {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dimension, "dimension");
            values = values.clone();
            java.util.Arrays.sort(values);
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    throw new GatingException("divider " + id + ": values must be finite numbers");
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        /** Interval index of x: how many cut values are {@code <= x}; -1 for NaN. */
        public int intervalOf(double x) {
            if (Double.isNaN(x)) {
                return -1;
            }
            int k = 0;
            while (k < values.length && x >= values[k]) {
                k++;
            }
            return k;
        }
    }

    /** One quadrant: a location per referenced divider (divider id -> a value in the wanted interval). */
    public record Quadrant(String id, Map<String, Double> locations) {
        public Quadrant {
            Objects.requireNonNull(id, "id");
            locations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(locations));
            if (locations.isEmpty()) {
                throw new GatingException("quadrant " + id + ": needs at least one position");
            }
        }
    }

    public QuadrantGate {
        Objects.requireNonNull(id, "id");
        dividers = List.copyOf(dividers);
        quadrants = List.copyOf(quadrants);
        Set<String> dividerIds = new HashSet<>();
        for (Divider d : dividers) {
            if (!dividerIds.add(d.id())) {
                throw new GatingException("gate " + id + ": duplicate divider id " + d.id());
            }
        }
        for (Quadrant q : quadrants) {
            for (String ref : q.locations().keySet()) {
                if (!dividerIds.contains(ref)) {
                    throw new GatingException("gate " + id + ", quadrant " + q.id() + ": unknown divider " + ref);
                }
            }
        }
    }

    public List<Dimension> dimensions() {
        List<Dimension> dims = new ArrayList<>(dividers.size());
        for (Divider d : dividers) {
            dims.add(d.dimension());
        }
        return dims;
    }

    public int dividerIndex(String dividerId) {
        for (int i = 0; i < dividers.size(); i++) {
            if (dividers.get(i).id().equals(dividerId)) {
                return i;
            }
        }
        throw new GatingException("gate " + id + ": unknown divider " + dividerId);
    }
}
