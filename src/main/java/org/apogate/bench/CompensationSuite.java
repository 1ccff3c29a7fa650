package org.apogate.bench;

import java.util.List;
import org.apogate.compensation.Compensator;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.compensation.TargetedCompensator;

/**
 * Compensation of 14-parameter events with the panel's 8x8 spillover: full in-place
 * {@link Compensator#apply} and the targeted two-channel path (Annexin V and PI) that gating uses.
 * Single-threaded, so events/s is per core.
 */
final class CompensationSuite {
    static final String NAME = "compensation";

    private CompensationSuite() {
    }

    static List<ResultRow> run(BenchSettings s) {
        double load = s.loadAverage();
        BlockWorkload w = new BlockWorkload(s.eventsOr(10_000_000, 1_000_000), s.seed());
        SpilloverMatrix matrix = new SpilloverMatrix(SyntheticPanel.fluorChannels(), SyntheticPanel.spilloverMatrix(),
                "bench panel");
        Compensator comp = Compensator.of(matrix, SyntheticPanel.CHANNELS);
        TargetedCompensator targeted = comp.forTargets(List.of(SyntheticPanel.ANNEXIN, SyntheticPanel.PI));
        double[][] out = new double[2][BlockWorkload.BLOCK_EVENTS];
        ColumnwiseCompensation columnwise = new ColumnwiseCompensation(comp);
        String identical = sameResult(w, comp, columnwise) ? "bit-identical" : "DIFFERS";
        int from = SyntheticPanel.FIRST_FLUOR;
        int to = from + SyntheticPanel.FLUORS;
        Rounds rounds = new Rounds(s.warmups(), s.iterations());
        Timing[] t = rounds.time(
                () -> w.sweep(from, to, block -> { }),
                () -> w.sweep(from, to, comp::apply),
                () -> w.sweep(from, to, columnwise::apply),
                () -> {
                    double sum = 0;
                    for (long p = 0; p < w.passes; p++) {
                        targeted.compute(w.pristine, out);
                        sum += out[0][(int) (p % BlockWorkload.BLOCK_EVENTS)] + out[1][0];
                    }
                    return sum;
                });
        long copy = t[0].medianNanos();
        String events = Units.events(w.events()) + " events x 14 params, 8x8 matrix";
        return List.of(
                row("full Compensator.apply, " + events, w.events(), t[1], copy, load),
                row("targeted 2 channels (AnnV, PI), " + events, w.events(), t[3], 0, load),
                ResultRow.of(NAME, "suggestion, not ApoGate code: column-wise full apply, " + events)
                        .putAll(row("", w.events(), t[2], copy, load).values())
                        .put("vs Compensator.apply", identical).build());
    }

    /** Whether the column-wise sketch gives exactly Compensator.apply's values. */
    private static boolean sameResult(BlockWorkload w, Compensator comp, ColumnwiseCompensation columnwise) {
        w.refresh(0, w.work.channels());
        comp.apply(w.work);
        double[][] expected = new double[w.work.channels()][];
        for (int c = 0; c < expected.length; c++) {
            expected[c] = w.work.column(c).clone();
        }
        w.refresh(0, w.work.channels());
        columnwise.apply(w.work);
        for (int c = 0; c < expected.length; c++) {
            if (!java.util.Arrays.equals(expected[c], w.work.column(c))) {
                return false;
            }
        }
        return true;
    }

    private static ResultRow row(String name, long events, Timing t, long copyNanos, double load) {
        double net = Math.max(1, t.medianNanos() - copyNanos) / 1e9;
        return ResultRow.of(NAME, name)
                .put("median ms", t.medianMillis())
                .put("min ms", t.minMillis())
                .put("refresh ms", copyNanos / 1e6)
                .put("Mev/s/core", events / 1e6 / net)
                .put("ns/event", net * 1e9 / events)
                .put("load", load)
                .build();
    }
}
