package org.apogate.bench;

import org.apogate.fcs.EventBlock;

/**
 * A pristine block of synthetic events plus a work block the in-place stages (compensation,
 * transforms) overwrite. Each pass over N events refreshes the work columns from the pristine ones,
 * so every pass sees realistic raw values; the refresh is timed on its own and subtracted.
 */
final class BlockWorkload {
    static final int BLOCK_EVENTS = 65536;

    final EventBlock pristine;
    final EventBlock work;
    final long passes;

    BlockWorkload(long events, long seed) {
        pristine = new EventBlock(SyntheticPanel.CHANNELS.size(), BLOCK_EVENTS);
        new SyntheticPanel(seed).fill(pristine, BLOCK_EVENTS);
        pristine.reset(BLOCK_EVENTS, 0);
        work = new EventBlock(SyntheticPanel.CHANNELS.size(), BLOCK_EVENTS);
        work.reset(BLOCK_EVENTS, 0);
        refresh(0, work.channels());
        passes = Math.max(1, (events + BLOCK_EVENTS - 1) / BLOCK_EVENTS);
    }

    /** Events one sweep processes: whole blocks. */
    long events() {
        return passes * BLOCK_EVENTS;
    }

    /** Copies pristine columns {@code [from, to)} into the work block. */
    void refresh(int from, int to) {
        for (int c = from; c < to; c++) {
            System.arraycopy(pristine.column(c), 0, work.column(c), 0, BLOCK_EVENTS);
        }
    }

    /**
     * One sweep of an in-place stage: every pass refreshes work columns {@code [from, to)}, runs
     * {@code stage} on the work block and adds a probe of column {@code from} to the checksum. A
     * no-op stage times the refresh alone, which the suites subtract.
     */
    double sweep(int from, int to, java.util.function.Consumer<EventBlock> stage) {
        double sum = 0;
        for (long p = 0; p < passes; p++) {
            refresh(from, to);
            stage.accept(work);
            sum += probe(p, from);
        }
        return sum;
    }

    /** A value of the work block that depends on the pass, for checksums. */
    double probe(long pass, int column) {
        return work.column(column)[(int) (pass % BLOCK_EVENTS)];
    }
}
