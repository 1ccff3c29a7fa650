package org.apogate.compensation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A spillover matrix S: row i is the fluorochrome measured primarily in detector {@code channels[i]},
 * column j the detector, {@code values[i][j]} the fraction of fluorochrome i's light seen in detector
 * j (diagonal 1). Compensated = raw x inverse(S). {@code source} says where it came from (e.g.
 * "$SPILLOVER keyword", "file comp.csv", "single-stain controls").
 *
 * <p>Convention, used by every class of this package: for an event row vector {@code raw} over
 * {@code channels}, {@code compensated = raw x inverse(S)}. Example: FITC light spills 15% into the PE
 * detector, so {@code S = [[1, 0.15], [0, 1]]} over (FITC, PE); a FITC-only event reading FITC=1000,
 * PE=150 compensates to FITC=1000, PE=0. Applying the transpose instead would leave PE at 150 and
 * pull FITC down, which is the classic bug this convention guards against.
 */
public record SpilloverMatrix(List<String> channels, double[][] values, String source) {
    public SpilloverMatrix {
        channels = List.copyOf(channels);
        int n = channels.size();
        if (values.length != n) {
            throw new IllegalArgumentException("matrix has " + values.length + " rows for " + n + " channels");
        }
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("matrix row " + i + " has " + values[i].length
                        + " values for " + n + " channels");
            }
        }
        values = Columns.copy(values);
    }

    /** A defensive copy of the values. */
    @Override
    public double[][] values() {
        return Columns.copy(values);
    }

    public double get(int row, int col) {
        return values[row][col];
    }

    public int size() {
        return channels.size();
    }

    /** True for a 0 x 0 matrix (a keyword that names no channels). */
    public boolean isEmpty() {
        return channels.isEmpty();
    }

    /** True when compensating with this matrix changes nothing: 1 on the diagonal, 0 elsewhere (or empty). */
    public boolean isIdentity() {
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                if (values[i][j] != (i == j ? 1.0 : 0.0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Index of a channel exactly as named in the matrix, or -1. */
    public int indexOf(String channel) {
        return channels.indexOf(channel);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpilloverMatrix m && channels.equals(m.channels)
                && Arrays.deepEquals(values, m.values) && Objects.equals(source, m.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channels, Arrays.deepHashCode(values), source);
    }

    @Override
    public String toString() {
        return "SpilloverMatrix[" + source + ": " + channels + " " + Arrays.deepToString(values) + "]";
    }
}
