package org.apogate.transform;

/**
 * A one-dimensional scale transformation with its exact inverse, named and parameterised as in
 * Gating-ML 2.0 (flin, flog, fasinh, logicle, hyperlog, FlowJo biex...).
 */
public interface Transform {

    double apply(double x);

    double inverse(double y);

    /**
     * Whether {@link #apply} is strictly increasing on every double (no clamping, no gaps in its
     * domain), so that {@code apply(x) >= c} holds exactly when {@code x >= inverse(c)}: a cut on the
     * transformed scale can then be applied to the untransformed values, and counting skips the
     * transform. False unless a transform says otherwise.
     */
    default boolean increasingEverywhere() {
        return false;
    }

    /** Transforms {@code values[0..n)} in place; implementations override for speed. */
    default void applyInPlace(double[] values, int n) {
        for (int i = 0; i < n; i++) {
            values[i] = apply(values[i]);
        }
    }
}
