package org.apogate.gating;

import java.util.Map;

/**
 * A quadrant gate as a table of cells: each event gets one cell code (its interval on every
 * divider), and each cell knows which quadrants contain it. Intervals are
 * {@link QuadrantGate.Divider#intervalOf} (how many cuts are {@code <= v}); NaN has an interval of
 * its own, which only quadrants that do not name the divider accept. Both evaluators code quadrants
 * this way; gates with more than {@link #MAX_QUADRANTS} quadrants or {@link #MAX_CELLS} cells do not
 * fit the table.
 */
final class QuadrantCells {
    /** Above this many cells the table would not pay. */
    static final int MAX_CELLS = 1 << 12;
    /** One bit per quadrant in a cell's set. */
    static final int MAX_QUADRANTS = 64;

    private final double[][] cuts;        // per divider, its ascending cut values
    private final int[] strides;          // cell code = sum of interval * stride
    private final long[] quadrantsOfCell; // bit q set when quadrant q contains the cell

    static boolean fits(QuadrantGate q) {
        return q.quadrants().size() <= MAX_QUADRANTS && cells(q) <= MAX_CELLS;
    }

    private static long cells(QuadrantGate q) {
        long cells = 1;
        for (QuadrantGate.Divider d : q.dividers()) {
            cells *= d.values().length + 2;
        }
        return cells;
    }

    /** The table of a gate on its own cuts. */
    static QuadrantCells of(QuadrantGate q) {
        double[][] cuts = new double[q.dividers().size()][];
        for (int d = 0; d < cuts.length; d++) {
            cuts[d] = q.dividers().get(d).values();
        }
        return new QuadrantCells(q, cuts);
    }

    /**
     * @param cuts per divider, the cut values the codes compare with: the gate's own, or the same
     *             cuts on another scale of the same order (see {@link PopulationCounter})
     */
    QuadrantCells(QuadrantGate q, double[][] cuts) {
        if (!fits(q)) {
            throw new GatingException("quadrant gate " + q.id() + " has too many quadrants or cells for a cell table");
        }
        int dividers = q.dividers().size();
        this.cuts = cuts.clone();
        this.strides = new int[dividers];
        int cells = 1;
        for (int d = 0; d < dividers; d++) {
            strides[d] = cells;
            cells *= cuts[d].length + 2; // the intervals, plus one for NaN
        }
        this.quadrantsOfCell = new long[cells];
        for (int k = 0; k < q.quadrants().size(); k++) {
            // wanted interval per divider, -1 where the quadrant does not name the divider (any interval)
            int[] wanted = new int[dividers];
            java.util.Arrays.fill(wanted, -1);
            boolean impossible = false;
            for (Map.Entry<String, Double> loc : q.quadrants().get(k).locations().entrySet()) {
                int d = q.dividerIndex(loc.getKey());
                wanted[d] = q.dividers().get(d).intervalOf(loc.getValue());
                impossible |= wanted[d] < 0;
            }
            for (int cell = 0; cell < cells && !impossible; cell++) {
                boolean in = true;
                for (int d = 0; d < dividers && in; d++) {
                    int interval = (cell / strides[d]) % (cuts[d].length + 2);
                    in = wanted[d] < 0 || wanted[d] == interval;
                }
                if (in) {
                    quadrantsOfCell[cell] |= 1L << k;
                }
            }
        }
    }

    int cells() {
        return quadrantsOfCell.length;
    }

    /** Bit q set when quadrant q (in the gate's order) contains {@code cell}. */
    long quadrantsOf(int cell) {
        return quadrantsOfCell[cell];
    }

    /** Each of the first {@code m} events' cell; {@code in[d]} holds divider d's values. */
    void codes(double[][] in, int m, int[] codes) {
        java.util.Arrays.fill(codes, 0, m, 0);
        for (int d = 0; d < cuts.length; d++) {
            double[] x = in[d];
            double[] c = cuts[d];
            int stride = strides[d];
            if (c.length == 1) {
                double cut = c[0]; // the common case, without a data-dependent loop (branch-free)
                for (int j = 0; j < m; j++) {
                    double v = x[j];
                    codes[j] += v >= cut ? stride : 0;
                }
            } else {
                for (int j = 0; j < m; j++) {
                    double v = x[j];
                    int k = 0;
                    while (k < c.length && v >= c[k]) {
                        k++;
                    }
                    codes[j] += k * stride;
                }
            }
            int nan = (c.length + 1) * stride; // NaN passed every comparison as false: interval 0 so far
            for (int j = 0; j < m; j++) {
                if (x[j] != x[j]) {
                    codes[j] += nan;
                }
            }
        }
    }
}
