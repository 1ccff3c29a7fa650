package org.apogate.compensation;

import java.util.List;

/**
 * A spillover matrix S: row i is the fluorochrome measured primarily in detector {@code channels[i]},
 * column j the detector, {@code values[i][j]} the fraction of fluorochrome i's light seen in detector
 * j (diagonal 1). Compensated = raw x inverse(S). {@code source} says where it came from (e.g.
 * "$SPILLOVER keyword", "file comp.csv", "single-stain controls").
 */
public record SpilloverMatrix(List<String> channels, double[][] values, String source) {
    public SpilloverMatrix {
        channels = List.copyOf(channels);
        int n = channels.size();
        if (values.length != n) {
            throw new IllegalArgumentException("matrix has " + values.length + " rows for " + n + " channels");
        }
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i].length != n) {
                throw new IllegalArgumentException("matrix row " + i + " has " + values[i].length + " values for " + n + " channels");
            }
            copy[i] = values[i].clone();
        }
        values = copy;
    }

    /** A defensive copy of the values. */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i].clone();
        }
        return copy;
    }

    public double get(int row, int col) {
        return values[row][col];
    }

    public int size() {
        return channels.size();
    }
}
