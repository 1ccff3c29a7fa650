package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.gating.GateEvaluator;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.PopulationCounter;

/**
 * Pass 2: every event through the sample's Gating-ML strategy, plus the whole-file statistics. Only
 * counts are kept unless memberships are needed (population export), which is several times
 * cheaper. A large file read alone may be cut into contiguous parts evaluated on separate threads;
 * the parts' counts, memberships and statistics combine exactly, so results never depend on the cut.
 */
final class CountingPass {
    /** Below this many events per part, a second thread costs more than it saves. */
    static final long MIN_EVENTS_PER_PART = 1_000_000;

    record Outcome(GatingResult result, EventStats stats) {
    }

    /** One part's gating result (counts or memberships) and statistics. */
    private record Part<T>(T gating, EventStats stats) {
    }

    private CountingPass() {
    }

    /**
     * @param memberships whether the result must keep every event's memberships (population
     *                    export); otherwise only counts are kept
     */
    static Outcome run(PreparedFile file, GatingStrategy strategy, SpilloverMatrix fileSpill, int maxParts,
                       boolean memberships) {
        // An evaluator keeps per-block buffers: this thread's part uses the one built here, every
        // further part (on its own thread) gets its own.
        if (memberships || !PopulationCounter.supports(strategy)) {
            GateEvaluator evaluator = new GateEvaluator(strategy, file.names(), fileSpill);
            return split(file, maxParts, evaluator.channelsRead(), evaluator::evaluatePart,
                    () -> new GateEvaluator(strategy, file.names(), fileSpill)::evaluatePart, evaluator::combine);
        }
        PopulationCounter counter = new PopulationCounter(strategy, file.names(), fileSpill);
        return split(file, maxParts, counter.channelsRead(), counter::countPart,
                () -> new PopulationCounter(strategy, file.names(), fileSpill)::countPart, counter::combine);
    }

    /**
     * Evaluates the file in up to {@code maxParts} contiguous parts and combines them: the first part
     * on this thread with {@code evaluate}, each other part on its own thread with a fresh evaluator.
     */
    private static <T> Outcome split(PreparedFile file, int maxParts, BitSet gatingChannels,
                                     Function<EventSource, T> evaluate, Supplier<Function<EventSource, T>> another,
                                     Function<List<T>, GatingResult> combine) {
        // decode only what gating and the statistics read: wide panels carry many channels neither needs
        BitSet channels = (BitSet) gatingChannels.clone();
        channels.or(EventStats.channelsRead(file.roles(), file.saturationChannels()));
        long total = file.dataSet().eventCount();
        int parts = (int) Math.max(1, Math.min(maxParts, total / MIN_EVENTS_PER_PART));
        List<CompletableFuture<Part<T>>> futures = new ArrayList<>();
        for (int p = 1; p < parts; p++) {
            long from = total * p / parts;
            long to = total * (p + 1) / parts;
            Function<EventSource, T> own = another.get();
            futures.add(CompletableFuture.supplyAsync(() -> part(file, channels, own, from, to),
                    r -> new Thread(r, "apogate-count").start()));
        }
        Part<T> first = part(file, channels, evaluate, 0, total / parts);
        List<T> results = new ArrayList<>(List.of(first.gating()));
        EventStats stats = first.stats();
        for (CompletableFuture<Part<T>> f : futures) {
            Part<T> r = BatchRunner.join(f);
            results.add(r.gating());
            stats.merge(r.stats());
        }
        return new Outcome(combine.apply(results), stats);
    }

    /** Events {@code [from, to)}: their evaluation and statistics. */
    private static <T> Part<T> part(PreparedFile file, BitSet channels, Function<EventSource, T> evaluate, long from, long to) {
        EventStats stats = new EventStats(file.dataSet(), file.roles(), file.saturationChannels());
        try (EventSource source = file.dataSet().openEvents(FileScan.SCALE, FileScan.BLOCK, channels)) {
            if (from > 0) {
                source.skip(from);
            }
            return new Part<>(evaluate.apply(stats.tap(limit(source, to - from))), stats);
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
}
