package org.apogate.compensation;

/**
 * One compensated output as a sparse weighted sum of inputs: {@code out = sum_k weights[k] * in[sources[k]]},
 * summed in ascending source order so every code path gives bit-identical results. Zero weights are
 * left out, which makes typical (mostly zero) spillover matrices cheap.
 */
final class CompensationRow {
    /** Read directly by the hot loops of this package; never handed out. */
    final int[] sources;
    final double[] weights;

    private CompensationRow(int[] sources, double[] weights) {
        this.sources = sources;
        this.weights = weights;
    }

    /** Column {@code target} of {@code inverse}, keeping non-zero entries; sources renumbered via {@code map}. */
    static CompensationRow ofInverseColumn(double[][] inverse, int target, int[] map) {
        int nonZero = 0;
        for (double[] row : inverse) {
            if (row[target] != 0.0) {
                nonZero++;
            }
        }
        int[] sources = new int[nonZero];
        double[] weights = new double[nonZero];
        int n = 0;
        for (int k = 0; k < inverse.length; k++) {
            if (inverse[k][target] != 0.0) {
                sources[n] = map[k];
                weights[n] = inverse[k][target];
                n++;
            }
        }
        return new CompensationRow(sources, weights);
    }

    static CompensationRow passThrough(int source) {
        return new CompensationRow(new int[] {source}, new double[] {1.0});
    }
}
