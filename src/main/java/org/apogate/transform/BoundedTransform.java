package org.apogate.transform;

/**
 * Gating-ML 2.0's optional {@code boundMin}/{@code boundMax} on a transformation:
 * {@code max(min(f(x), boundMax), boundMin)}. The inverse is the inner inverse (exact inside the
 * bounds; a clamped value has no unique preimage).
 */
public record BoundedTransform(Transform inner, double boundMin, double boundMax) implements Transform {

    public BoundedTransform {
        if (inner == null) {
            throw new TransformException("bounded transform needs an inner transform");
        }
        if (Double.isNaN(boundMin) || Double.isNaN(boundMax) || boundMin > boundMax) {
            throw new TransformException("transform bounds boundMin = " + boundMin + ", boundMax = " + boundMax
                    + " are invalid: must satisfy boundMin <= boundMax");
        }
    }

    @Override
    public double apply(double x) {
        return Math.max(Math.min(inner.apply(x), boundMax), boundMin);
    }

    @Override
    public double inverse(double y) {
        return inner.inverse(y);
    }

    @Override
    public void applyInPlace(double[] values, int n) {
        inner.applyInPlace(values, n);
        for (int i = 0; i < n; i++) {
            values[i] = Math.max(Math.min(values[i], boundMax), boundMin);
        }
    }
}
