package org.apogate.gating;

import java.util.List;

/** A gate decided by the coordinates of each event in its own dimensions. */
public sealed interface GeometricGate extends Gate permits RectangleGate, PolygonGate, EllipsoidGate {

    /** The dimensions, in the order {@link #evaluate} receives their columns. */
    List<Dimension> dimensions();

    /**
     * Sets {@code inside[i]} for each event {@code i < n}; {@code columns[d]} holds the (compensated,
     * transformed) values of dimension d. NaN in any dimension means outside.
     */
    void evaluate(double[][] columns, int n, boolean[] inside);

    /** {@link #evaluate} with the gate's own set-up done once, for a pass of many blocks. */
    @FunctionalInterface
    interface Prepared {
        void evaluate(double[][] columns, int n, boolean[] inside);
    }

    /** This gate ready for many blocks (slab tables, matrix inverses built once); the same answers as {@link #evaluate}. */
    default Prepared prepare() {
        return this::evaluate;
    }
}
