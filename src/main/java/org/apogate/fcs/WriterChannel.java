package org.apogate.fcs;

import java.util.Objects;

/**
 * One channel to write.
 *
 * @param name  $PnN (required, non-blank)
 * @param stain $PnS, or null to omit
 * @param range $PnR: for float output the upper end of the scale (e.g. 262144); for integer output the
 *              number of channel values, and values are clamped to [0, range-1]
 */
public record WriterChannel(String name, String stain, double range) {
    public WriterChannel {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("channel name must not be blank");
        }
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("channel " + name + ": range must be a positive number, got " + range);
        }
    }

    public static WriterChannel of(String name, double range) {
        return new WriterChannel(name, null, range);
    }
}
