package org.apogate.auto;

import java.util.SplittableRandom;
import org.apogate.fcs.EventBlock;

/**
 * Seeded reservoir sample (Algorithm R) of whole event rows from channel-major blocks. The result
 * depends only on the seed and the order of events, never on block sizes or threads; each
 * instance owns its own {@link SplittableRandom}.
 */
public final class ReservoirSample {
    private final int capacity;
    private final double[][] rows; // [channel][slot]
    private final long[] eventIndex;
    private final SplittableRandom random;
    private long seen;
    private double w;
    private long nextKeep = Long.MAX_VALUE;

    public ReservoirSample(int channels, int capacity, long seed) {
        if (channels < 0 || capacity < 1) {
            throw new IllegalArgumentException("reservoir needs channels >= 0 and capacity >= 1, got " + channels + ", " + capacity);
        }
        this.capacity = capacity;
        this.rows = new double[channels][capacity];
        this.eventIndex = new long[capacity];
        this.random = new SplittableRandom(seed);
    }

    /** Offers every event of the block. */
    public void add(EventBlock block) {
        int channels = rows.length;
        double[][] cols = new double[channels][];
        for (int c = 0; c < channels; c++) {
            cols[c] = block.column(c);
        }
        add(cols, block.size());
    }

    /**
     * Offers events {@code [0, n)} of the channel-major columns (one array per channel). Once the
     * reservoir is full, Li's Algorithm L jumps straight to the next event to keep (geometric
     * skips), so a 10M-event file costs a few thousand random draws, not ten million.
     */
    public void add(double[][] columns, int n) {
        if (columns.length != rows.length) {
            throw new IllegalArgumentException("block has " + columns.length + " channels, reservoir " + rows.length);
        }
        long blockStart = seen;
        long blockEnd = seen + n;
        // Filling phase: the first `capacity` events are all kept, in order.
        while (seen < blockEnd && seen < capacity) {
            store((int) seen, columns, (int) (seen - blockStart));
            seen++;
            if (seen == capacity) {
                w = Math.exp(Math.log(random.nextDouble()) / capacity);
                nextKeep = capacity - 1 + skip();
            }
        }
        while (nextKeep < blockEnd) {
            store(random.nextInt(capacity), columns, (int) (nextKeep - blockStart));
            w *= Math.exp(Math.log(random.nextDouble()) / capacity);
            nextKeep += skip();
        }
        seen = blockEnd;
    }

    /** Events to pass over before the next one kept, plus one (Algorithm L). */
    private long skip() {
        double u = random.nextDouble();
        double s = Math.floor(Math.log(u) / Math.log1p(-w));
        return (s >= 0 && s < 4e18 ? (long) s : Long.MAX_VALUE / 4) + 1;
    }

    private void store(int slot, double[][] columns, int i) {
        for (int c = 0; c < rows.length; c++) {
            rows[c][slot] = columns[c][i];
        }
        eventIndex[slot] = seen < capacity ? seen : nextKeep;
    }

    /** Number of events offered so far. */
    public long seen() {
        return seen;
    }

    /** Number of events held (min(seen, capacity)). */
    public int size() {
        return (int) Math.min(seen, capacity);
    }

    /** Copy of the sample, channel-major, {@link #size()} values per channel. */
    public double[][] columns() {
        int m = size();
        double[][] out = new double[rows.length][];
        for (int c = 0; c < rows.length; c++) {
            out[c] = java.util.Arrays.copyOf(rows[c], m);
        }
        return out;
    }

    /** Copy of one channel of the sample. */
    public double[] column(int channel) {
        return java.util.Arrays.copyOf(rows[channel], size());
    }

    /** Original (0-based) event index of each sampled row. */
    public long[] eventIndices() {
        return java.util.Arrays.copyOf(eventIndex, size());
    }
}
