package org.apogate.compensation;

import java.util.Arrays;
import java.util.List;
import org.apogate.fcs.EventBlock;

/**
 * Computes only selected compensated channels: {@code out_t = sum_k raw_k * inverse[k][t]}, one sparse
 * dot product per target per event, written into caller-owned arrays. Made by
 * {@link Compensator#forTargets}. Immutable and thread-safe; the block is not modified.
 */
public final class TargetedCompensator {
    private final List<String> targets;
    private final int[] targetColumns;
    private final CompensationRow[] rows;

    TargetedCompensator(List<String> targets, int[] targetColumns, CompensationRow[] rows) {
        this.targets = List.copyOf(targets);
        this.targetColumns = targetColumns.clone();
        this.rows = rows;
    }

    /** Writes compensated target {@code t} of event {@code i} to {@code out[t][i]}, for {@code i < block.size()}. */
    public void compute(EventBlock block, double[][] out) {
        for (CompensationRow row : rows) {
            for (int c : row.sources) {
                if (c >= block.channels()) {
                    throw new IllegalArgumentException("block has " + block.channels()
                            + " channels, targets need column " + c);
                }
            }
        }
        compute(block, rows, out);
    }

    static void compute(EventBlock block, CompensationRow[] rows, double[][] out) {
        if (out.length < rows.length) {
            throw new IllegalArgumentException("need " + rows.length + " output arrays, got " + out.length);
        }
        int n = block.size();
        for (int t = 0; t < rows.length; t++) {
            double[] o = out[t];
            if (o.length < n) {
                throw new IllegalArgumentException("output array " + t + " holds " + o.length
                        + " values, block has " + n);
            }
            Arrays.fill(o, 0, n, 0.0);
            int[] src = rows[t].sources;
            double[] w = rows[t].weights;
            // Column-wise accumulation: same summation order as Compensator.apply, so identical results.
            for (int q = 0; q < src.length; q++) {
                double[] in = block.column(src[q]);
                double weight = w[q];
                for (int i = 0; i < n; i++) {
                    o[i] += weight * in[i];
                }
            }
        }
    }

    /** Every block column the targets are computed from, ascending. */
    public int[] sourceColumns() {
        java.util.BitSet used = new java.util.BitSet();
        for (CompensationRow row : rows) {
            for (int c : row.sources) {
                used.set(c);
            }
        }
        return used.stream().toArray();
    }

    public List<String> targets() {
        return targets;
    }

    /** The block column of each target (its raw values). */
    public int[] targetColumns() {
        return targetColumns.clone();
    }
}
