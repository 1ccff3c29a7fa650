package org.apogate.bench;

import java.util.ArrayList;
import java.util.List;
import org.apogate.compensation.Compensator;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.transform.AsinhTransform;
import org.apogate.transform.LogicleTransform;
import org.apogate.transform.Transform;

/**
 * Transforms of the eight compensated fluorescence channels: the bulk table path
 * ({@link Transform#applyInPlace}) against exact per-value {@link Transform#apply}, for logicle
 * (T 262144, W 0.5, M 4.5, A 0) and asinh (T 262144, M 4.5, A 0). Exact runs on a twentieth of the
 * events (it is far slower); all rates are per value and per core.
 */
final class TransformSuite {
    static final String NAME = "transform";
    private static final int EXACT_FRACTION = 20;

    private TransformSuite() {
    }

    static List<ResultRow> run(BenchSettings s) {
        double load = s.loadAverage();
        BlockWorkload w = new BlockWorkload(s.eventsOr(10_000_000, 1_000_000), s.seed());
        Compensator.of(new SpilloverMatrix(SyntheticPanel.fluorChannels(), SyntheticPanel.spilloverMatrix(), "bench"),
                SyntheticPanel.CHANNELS).apply(w.pristine);   // transforms see compensated data, negatives included
        w.refresh(0, w.work.channels());
        List<ResultRow> rows = new ArrayList<>();
        rows.addAll(measure(s, w, "logicle", new LogicleTransform(262144, 0.5, 4.5, 0), load));
        rows.addAll(measure(s, w, "asinh", new AsinhTransform(262144, 4.5, 0), load));
        return rows;
    }

    private static List<ResultRow> measure(BenchSettings s, BlockWorkload w, String label, Transform tr, double load) {
        int from = SyntheticPanel.FIRST_FLUOR;
        int to = from + SyntheticPanel.FLUORS;
        int n = BlockWorkload.BLOCK_EVENTS;
        long exactPasses = Math.max(1, w.passes / EXACT_FRACTION);
        Rounds rounds = new Rounds(s.warmups(), s.iterations());
        Timing[] t = rounds.time(
                () -> w.sweep(from, to, block -> { }),
                () -> w.sweep(from, to, block -> {
                    for (int c = from; c < to; c++) {
                        tr.applyInPlace(block.column(c), n);
                    }
                }),
                () -> {
                    double sum = 0;
                    for (long p = 0; p < exactPasses; p++) {
                        for (int c = from; c < to; c++) {
                            double[] in = w.pristine.column(c);
                            double[] o = w.work.column(c);
                            for (int i = 0; i < n; i++) {
                                o[i] = tr.apply(in[i]);
                            }
                        }
                        sum += w.probe(p, from);
                    }
                    return sum;
                });
        long copy = t[0].medianNanos();
        return List.of(
                row(label + " fast (table) x 8 channels, " + Units.events(w.events()) + " events",
                        w.events(), t[1], copy, load),
                row(label + " exact x 8 channels, " + Units.events(exactPasses * n) + " events",
                        exactPasses * n, t[2], 0, load));
    }

    private static ResultRow row(String name, long events, Timing t, long copyNanos, double load) {
        double net = Math.max(1, t.medianNanos() - copyNanos) / 1e9;
        double values = events * (double) SyntheticPanel.FLUORS;
        return ResultRow.of(NAME, name)
                .put("median ms", t.medianMillis())
                .put("min ms", t.minMillis())
                .put("refresh ms", copyNanos / 1e6)
                .put("ns/value", net * 1e9 / values)
                .put("Mev/s/core", events / 1e6 / net)
                .put("load", load)
                .build();
    }
}
