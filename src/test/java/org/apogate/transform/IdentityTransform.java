package org.apogate.transform;

/** {@code x -> x}, for tests where the scale a transform puts values on does not matter. */
public final class IdentityTransform implements Transform {
    public static final Transform INSTANCE = new IdentityTransform();

    private IdentityTransform() {
    }

    @Override
    public double apply(double x) {
        return x;
    }

    @Override
    public double inverse(double y) {
        return y;
    }
}
