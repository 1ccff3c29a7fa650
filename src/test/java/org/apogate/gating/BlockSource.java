package org.apogate.gating;

import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;

/** Test source: serves in-memory columns in blocks of a given size, reusing one block like a reader. */
final class BlockSource implements EventSource {
    private final double[][] columns;
    private final int blockSize;
    private final EventBlock block;
    private int next;

    BlockSource(int blockSize, double[]... columns) {
        this.columns = columns;
        this.blockSize = blockSize;
        this.block = new EventBlock(columns.length, blockSize);
    }

    @Override
    public int channels() {
        return columns.length;
    }

    @Override
    public EventBlock next() {
        int total = columns.length == 0 ? 0 : columns[0].length;
        if (next >= total) {
            return null;
        }
        int n = Math.min(blockSize, total - next);
        for (int c = 0; c < columns.length; c++) {
            // poison the tail so code that reads past size() is caught
            java.util.Arrays.fill(block.column(c), Double.NaN);
            System.arraycopy(columns[c], next, block.column(c), 0, n);
        }
        block.reset(n, next);
        next += n;
        return block;
    }

    @Override
    public void close() {
    }
}
