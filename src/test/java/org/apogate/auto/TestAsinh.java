package org.apogate.auto;

import org.apogate.transform.Transform;

/** Test-only asinh scale (decades-like units), standing in until transform.AsinhTransform lands. */
record TestAsinh(double cofactor) implements Transform {
    @Override
    public double apply(double x) {
        return asinh(x / cofactor) / Math.log(10);
    }

    @Override
    public double inverse(double y) {
        return cofactor * Math.sinh(y * Math.log(10));
    }

    private static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }
}
