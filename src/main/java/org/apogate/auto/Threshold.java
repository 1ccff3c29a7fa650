package org.apogate.auto;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A positivity threshold on one axis: {@code transformed} on the display scale, {@code raw} in
 * (compensated) channel units via the transform's inverse. Events with value >= threshold are
 * positive (ties go to the upper side). {@code method} is controls | auto | auto-negative-spread |
 * fixed; diagnostics are named numbers (component means, separation, percentile...).
 */
public record Threshold(double transformed, double raw, String method, Map<String, Double> diagnostics, Set<QcFlag> flags) {
    public Threshold {
        diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
        flags = flags.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    /** Whether a transformed value is on the positive side. */
    public boolean isPositive(double transformedValue) {
        return transformedValue >= transformed;
    }
}
