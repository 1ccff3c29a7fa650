package org.apogate.gating;

/**
 * A Gating-ML gate. Every gate has an id and an optional parent id (null when it hangs from the
 * root); an event belongs to a gate's population when it passes the gate and its parent's population.
 */
public sealed interface Gate permits GeometricGate, QuadrantGate, BooleanGate {

    String id();

    /** Id of the parent population (a gate or a quadrant), or null for none. */
    String parentId();
}
