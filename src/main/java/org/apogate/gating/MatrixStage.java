package org.apogate.gating;

import java.util.List;
import org.apogate.fcs.EventBlock;

/**
 * Compensation of one block through one matrix: reads the detector columns of the raw block and
 * writes the fluorochrome values into its own buffers, leaving the raw block untouched for the
 * dimensions that use other (or no) compensation.
 */
final class MatrixStage {
    private final List<String> outputs;
    private final int[] detectorColumns;
    private final double[][] k; // detectors x outputs
    private double[][] buffers = new double[0][0];

    MatrixStage(List<String> outputs, int[] detectorColumns, double[][] k) {
        this.outputs = List.copyOf(outputs);
        this.detectorColumns = detectorColumns.clone();
        this.k = k;
    }

    /** Block columns this stage reads. */
    int[] detectorColumns() {
        return detectorColumns.clone();
    }

    /** Index of a fluorochrome among the outputs, or -1. */
    int outputIndex(String name) {
        return outputs.indexOf(name);
    }

    /** Compensates the block's events; the result stays valid until the next call. */
    void compute(EventBlock block) {
        int n = block.size();
        if (buffers.length != outputs.size() || (buffers.length > 0 && buffers[0].length < n)) {
            buffers = new double[outputs.size()][Math.max(n, block.capacity())];
        }
        int detectors = detectorColumns.length;
        for (int f = 0; f < outputs.size(); f++) {
            double[] out = buffers[f];
            java.util.Arrays.fill(out, 0, n, 0.0);
            for (int d = 0; d < detectors; d++) {
                double coefficient = k[d][f];
                if (coefficient == 0.0) {
                    continue;
                }
                double[] raw = block.column(detectorColumns[d]);
                for (int i = 0; i < n; i++) {
                    out[i] += raw[i] * coefficient;
                }
            }
        }
    }

    double[] output(int index) {
        return buffers[index];
    }
}
