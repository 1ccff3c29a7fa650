package org.apogate.gating;

import java.util.Objects;

/** Gating-ML fratio: {@code A * (x1 - B) / (x2 - C)} of two channels, as a derived dimension. */
public record RatioTransform(String id, String numerator, String denominator, double a, double b, double c) {
    public RatioTransform {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    public double apply(double x1, double x2) {
        return a * (x1 - b) / (x2 - c);
    }
}
