package org.apogate.pipeline;

import org.apogate.auto.ReservoirSample;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.ValueScale;

/**
 * Pass 1 over a data set: a seeded reservoir sample of whole events (all channels, on the scale
 * gating uses) for fitting. A small file is read whole; a large one is read in evenly spaced runs of
 * {@value #RUN} consecutive events covering the whole acquisition, about {@value #READ_FACTOR}
 * times the sample size in all, so fitting costs the same for 100k or 50M events. Every event is
 * still counted exactly in pass 2. Memory is the sample plus one block, whatever the file size.
 */
public final class FileScan {
    /** The scale every stage gates on, as Gating-ML defines values: $PnE-decoded, divided by $PnG. */
    public static final ValueScale SCALE = ValueScale.SCALED_WITH_GAIN;
    /** Events per block: large enough to amortise calls, small enough to stay in cache. */
    static final int BLOCK = 16_384;
    /** Consecutive events read at each stop of a sampled pass. */
    static final int RUN = 4_096;
    /** A sampled pass reads about this many times the sample size (and all of a smaller file). */
    static final int READ_FACTOR = 8;

    private final ReservoirSample sample;

    private FileScan(ReservoirSample sample) {
        this.sample = sample;
    }

    public static FileScan run(DataSet ds, int sampleSize, long seed) {
        int size = Math.max(1, sampleSize);
        ReservoirSample sample = new ReservoirSample(ds.parameterCount(), size, seed);
        long total = ds.eventCount();
        long budget = (long) size * READ_FACTOR;
        if (total <= budget) {
            try (EventSource src = ds.openEvents(SCALE, BLOCK)) {
                for (EventBlock b = src.next(); b != null; b = src.next()) {
                    sample.add(b);
                }
            }
        } else {
            long runs = Math.max(1, budget / RUN);
            long stride = total / runs; // >= RUN because total > budget
            try (EventSource src = ds.openEvents(SCALE, RUN)) {
                for (long r = 0; r < runs; r++) {
                    EventBlock b = src.next();
                    if (b == null) {
                        break;
                    }
                    sample.add(b);
                    src.skip(stride - b.size());
                }
            }
        }
        return new FileScan(sample);
    }

    public ReservoirSample sample() {
        return sample;
    }
}
