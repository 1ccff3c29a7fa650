package org.apogate.pipeline;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apogate.gating.Dimension;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.RectangleGate;
import org.apogate.gatingml.GatingMlWriter;
import org.apogate.report.Axis;
import org.apogate.report.DensityPlot;

/**
 * Loads the XML and image machinery (a few hundred milliseconds of class loading and font set-up)
 * on a spare thread while the first file is being read, instead of on the critical path after it.
 * Produces nothing; any failure is left for the real write to report.
 */
final class Warmup {
    private Warmup() {
    }

    static void start(boolean plots) {
        Thread t = new Thread(() -> run(plots), "apogate-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run(boolean plots) {
        try {
            GatingStrategy s = new GatingStrategy(List.of(RectangleGate.range("w", null,
                    Dimension.Channel.uncompensated("x"), 0, 1)), Map.of(), Map.of());
            new GatingMlWriter().write(s, OutputStream.nullOutputStream());
            if (plots) {
                DensityPlot.builder(Axis.linear("x", 0, 1), Axis.linear("y", 0, 1)).size(64, 64)
                        .events(new double[] {0.5}, new double[] {0.5}).toPng();
            }
        } catch (RuntimeException | LinkageError e) {
            // nothing to do: the real write reports its own errors
        }
    }
}
