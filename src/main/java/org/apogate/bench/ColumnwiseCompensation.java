package org.apogate.bench;

import org.apogate.compensation.Compensator;
import org.apogate.fcs.EventBlock;

/**
 * A measured suggestion, not ApoGate's code path: full compensation done column-wise over chunks of
 * events ({@code out_t += w_kt * in_k} as vectorisable array loops, sources in ascending order like
 * {@link Compensator#apply}, so results are bit-identical) instead of one event at a time. The
 * compensation suite times it next to {@link Compensator#apply} to show what the per-event loop costs.
 */
final class ColumnwiseCompensation {
    private static final int CHUNK = 2048;
    private final double[][] inverse;
    private final int[] columns;
    private final double[][] scratch;

    ColumnwiseCompensation(Compensator c) {
        this.inverse = c.inverse();
        this.columns = c.columns();
        this.scratch = new double[columns.length][CHUNK];
    }

    void apply(EventBlock block) {
        int m = columns.length;
        int n = block.size();
        for (int from = 0; from < n; from += CHUNK) {
            int len = Math.min(CHUNK, n - from);
            for (int t = 0; t < m; t++) {
                double[] o = scratch[t];
                java.util.Arrays.fill(o, 0, len, 0.0);
                for (int k = 0; k < m; k++) {
                    double w = inverse[k][t];
                    if (w == 0.0) {
                        continue;
                    }
                    double[] in = block.column(columns[k]);
                    for (int i = 0; i < len; i++) {
                        o[i] += w * in[from + i];
                    }
                }
            }
            for (int t = 0; t < m; t++) {
                System.arraycopy(scratch[t], 0, block.column(columns[t]), from, len);
            }
        }
    }
}
