package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.ChannelRoles;
import org.apogate.auto.ReservoirSample;
import org.apogate.auto.TimeQc;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;

/**
 * Pass 1 over a data set: a seeded reservoir sample of whole events (all channels, on the scale
 * gating uses) for fitting, the Time channel's flow-rate profile, and saturation counts. Memory is
 * the sample plus one block, whatever the file size.
 */
public final class FileScan {
    /** The scale every stage gates on, as Gating-ML defines values: $PnE-decoded, divided by $PnG. */
    public static final ValueScale SCALE = ValueScale.SCALED_WITH_GAIN;
    /** Events per block: large enough to amortise calls, small enough to stay in cache. */
    static final int BLOCK = 16_384;

    private final ReservoirSample sample;
    private final TimeQc.Result time;
    private final long events;
    private final long[] saturated;

    private FileScan(ReservoirSample sample, TimeQc.Result time, long events, long[] saturated) {
        this.sample = sample;
        this.time = time;
        this.events = events;
        this.saturated = saturated;
    }

    /**
     * @param watched channels whose events at the top of their range are counted (saturation)
     */
    public static FileScan run(DataSet ds, ChannelRoles roles, int sampleSize, long seed, int[] watched) {
        int channels = ds.parameterCount();
        ReservoirSample sample = new ReservoirSample(channels, Math.max(1, sampleSize), seed);
        int timeIdx = roles.index(ChannelRole.TIME).orElse(-1);
        TimeQc timeQc = timeIdx < 0 ? null : new TimeQc(ds.parameters().get(timeIdx).range());
        double[] limits = new double[watched.length];
        for (int k = 0; k < watched.length; k++) {
            Parameter p = ds.parameters().get(watched[k]);
            limits[k] = p.range() > 1 ? p.range() - 1 : Double.POSITIVE_INFINITY;
        }
        long[] saturated = new long[watched.length];
        long events = 0;
        try (EventSource src = ds.openEvents(SCALE, BLOCK)) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                sample.add(b);
                if (timeQc != null) {
                    timeQc.add(b.column(timeIdx), b.size());
                }
                for (int k = 0; k < watched.length; k++) {
                    double[] col = b.column(watched[k]);
                    double limit = limits[k];
                    long hits = 0;
                    for (int i = 0; i < b.size(); i++) {
                        if (col[i] >= limit) {
                            hits++;
                        }
                    }
                    saturated[k] += hits;
                }
                events += b.size();
            }
        }
        TimeQc.Result time = timeQc == null || events == 0 ? null : timeQc.result(100);
        return new FileScan(sample, time, events, saturated);
    }

    public ReservoirSample sample() {
        return sample;
    }

    /** Flow-rate profile, or null without a Time channel. */
    public TimeQc.Result time() {
        return time;
    }

    public long events() {
        return events;
    }

    /** Fraction of all events at the top of the range, per watched channel. */
    public List<Double> saturatedFractions() {
        List<Double> f = new ArrayList<>();
        for (long s : saturated) {
            f.add(events == 0 ? 0.0 : (double) s / events);
        }
        return f;
    }
}
