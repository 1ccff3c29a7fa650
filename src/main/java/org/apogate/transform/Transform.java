package org.apogate.transform;

/**
 * A one-dimensional scale transformation with its exact inverse, named and parameterised as in
 * Gating-ML 2.0 (flin, flog, fasinh, logicle, hyperlog, FlowJo biex...).
 */
public interface Transform {

    double apply(double x);

    double inverse(double y);

    /** Transforms {@code values[0..n)} in place; implementations override for speed. */
    default void applyInPlace(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            values[i] = apply(values[i]);
        }
    }
}
