package org.apogate.transform;

/** Constructor-time parameter checks that throw one-line {@link TransformException}s. */
final class Check {
    private Check() {
    }

    /** Requires a finite value strictly above zero. */
    static double positive(String transform, String name, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new TransformException(transform + " parameter " + name + " = " + value
                    + " is out of range: must be a finite number > 0");
        }
        return value;
    }

    /** Requires {@code low <= value <= high} (both finite); {@code rule} spells the constraint for the message. */
    static double between(String transform, String name, double value, double low, double high, String rule) {
        if (!(value >= low && value <= high) || !Double.isFinite(value)) {
            throw new TransformException(transform + " parameter " + name + " = " + value
                    + " is out of range: must satisfy " + rule + " (here [" + low + ", " + high + "])");
        }
        return value;
    }
}
