package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.ChannelRoles;
import org.apogate.auto.TimeQc;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.Parameter;

/**
 * Whole-file statistics gathered while pass 2 streams every event to the gate evaluator: the Time
 * channel's flow-rate profile (gaps and bursts need every event) and saturation counts.
 */
final class EventStats {
    private final TimeQc timeQc;
    private final int timeIndex;
    private final int[] watched;
    private final double[] limits;
    private final long[] saturated;
    private long events;

    /** @param watched channels whose events at the top of their range count as saturated */
    EventStats(DataSet ds, ChannelRoles roles, int[] watched) {
        this.timeIndex = roles.index(ChannelRole.TIME).orElse(-1);
        this.timeQc = timeIndex < 0 ? null : new TimeQc(ds.parameters().get(timeIndex).range());
        this.watched = watched.clone();
        this.limits = new double[watched.length];
        for (int k = 0; k < watched.length; k++) {
            Parameter p = ds.parameters().get(watched[k]);
            limits[k] = p.range() > 1 ? p.range() - 1 : Double.POSITIVE_INFINITY;
        }
        this.saturated = new long[watched.length];
    }

    /** The columns these statistics read: Time and the watched channels. */
    static java.util.BitSet channelsRead(ChannelRoles roles, int[] watched) {
        java.util.BitSet read = new java.util.BitSet();
        roles.index(ChannelRole.TIME).ifPresent(read::set);
        for (int c : watched) {
            read.set(c);
        }
        return read;
    }

    void add(EventBlock b) {
        int n = b.size();
        if (timeQc != null) {
            timeQc.add(b.column(timeIndex), n);
        }
        for (int k = 0; k < watched.length; k++) {
            double[] col = b.column(watched[k]);
            double limit = limits[k];
            long hits = 0;
            for (int i = 0; i < n; i++) {
                if (col[i] >= limit) {
                    hits++;
                }
            }
            saturated[k] += hits;
        }
        events += n;
    }

    /** Adds the statistics of another part of the same data set. */
    void merge(EventStats other) {
        if (timeQc != null) {
            timeQc.merge(other.timeQc);
        }
        for (int k = 0; k < saturated.length; k++) {
            saturated[k] += other.saturated[k];
        }
        events += other.events;
    }

    /** A source that hands every block to these statistics before the caller sees it. */
    EventSource tap(EventSource source) {
        return new EventSource() {
            @Override
            public int channels() {
                return source.channels();
            }

            @Override
            public EventBlock next() {
                EventBlock b = source.next();
                if (b != null) {
                    add(b);
                }
                return b;
            }

            @Override
            public long skip(long n) {
                throw new UnsupportedOperationException("statistics need every event");
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    /** Flow-rate profile, or null without a Time channel (or without events). */
    TimeQc.Result time() {
        return timeQc == null || events == 0 ? null : timeQc.result(100);
    }

    /** Fraction of all events at the top of the range, per watched channel. */
    List<Double> saturatedFractions() {
        List<Double> f = new ArrayList<>();
        for (long s : saturated) {
            f.add(events == 0 ? 0.0 : (double) s / events);
        }
        return f;
    }
}
