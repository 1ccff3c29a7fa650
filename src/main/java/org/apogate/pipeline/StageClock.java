package org.apogate.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time of a sample's stages (read and pre-gate, fit, count, outputs), kept in run.json so a
 * slow nightly run shows where its time went without a profiler.
 */
final class StageClock {
    private final Map<String, Double> seconds = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Charges the time since the previous mark (or creation) to {@code stage}. */
    void mark(String stage) {
        long now = System.nanoTime();
        seconds.merge(stage, (now - last) / 1e9, Double::sum);
        last = now;
    }

    Map<String, Double> seconds() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    }
}
