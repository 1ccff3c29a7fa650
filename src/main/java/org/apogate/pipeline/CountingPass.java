package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.gating.GateEvaluator;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;

/**
 * Pass 2: every event through the sample's Gating-ML strategy, plus the whole-file statistics. A
 * large file read alone may be cut into contiguous parts evaluated on separate threads; the parts'
 * memberships and statistics combine exactly, so the counts never depend on how it was cut.
 */
final class CountingPass {
    /** Below this many events per part, a second thread costs more than it saves. */
    static final long MIN_EVENTS_PER_PART = 1_000_000;

    record Outcome(GatingResult result, EventStats stats) {
    }

    private CountingPass() {
    }

    static Outcome run(PreparedFile file, GatingStrategy strategy, SpilloverMatrix fileSpill, int maxParts) {
        long total = file.dataSet().eventCount();
        int parts = (int) Math.max(1, Math.min(maxParts, total / MIN_EVENTS_PER_PART));
        List<CompletableFuture<Object[]>> futures = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            long from = total * p / parts;
            long to = total * (p + 1) / parts;
            futures.add(CompletableFuture.supplyAsync(() -> part(file, strategy, fileSpill, from, to),
                    r -> new Thread(r, "apogate-count").start()));
        }
        Object[] first = part(file, strategy, fileSpill, 0, total / parts);
        List<GateEvaluator.Part> results = new ArrayList<>(List.of((GateEvaluator.Part) first[0]));
        EventStats stats = (EventStats) first[1];
        for (CompletableFuture<Object[]> f : futures) {
            Object[] r = join(f);
            results.add((GateEvaluator.Part) r[0]);
            stats.merge((EventStats) r[1]);
        }
        GatingResult result = new GateEvaluator(strategy, file.names(), fileSpill).combine(results);
        return new Outcome(result, stats);
    }

    /** Events {@code [from, to)}: their own memberships and statistics. */
    private static Object[] part(PreparedFile file, GatingStrategy strategy, SpilloverMatrix fileSpill, long from, long to) {
        EventStats stats = new EventStats(file.dataSet(), file.roles(), file.saturationChannels());
        try (EventSource source = file.dataSet().openEvents(FileScan.SCALE, FileScan.BLOCK)) {
            if (from > 0) {
                source.skip(from);
            }
            EventSource events = stats.tap(limit(source, to - from));
            return new Object[] {new GateEvaluator(strategy, file.names(), fileSpill).evaluatePart(events), stats};
        }
    }

    /** At most {@code count} events of {@code source} (the last block is shortened). */
    private static EventSource limit(EventSource source, long count) {
        return new EventSource() {
            private long left = count;

            @Override
            public int channels() {
                return source.channels();
            }

            @Override
            public EventBlock next() {
                if (left <= 0) {
                    return null;
                }
                EventBlock b = source.next();
                if (b == null) {
                    return null;
                }
                if (b.size() > left) {
                    b.reset((int) left, b.firstEvent());
                }
                left -= b.size();
                return b;
            }

            @Override
            public void close() {
                source.close();
            }
        };
    }

    private static Object[] join(CompletableFuture<Object[]> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }
}
