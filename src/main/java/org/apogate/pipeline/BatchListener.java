package org.apogate.pipeline;

import org.apogate.report.SampleSummary;

/** Progress of a batch, for the CLI's progress bar or log lines. Called from worker threads. */
public interface BatchListener {
    /** A sample finished (ok, flagged, failed or resumed); {@code done} of {@code total} are finished. */
    void sampleDone(SampleSummary summary, int done, int total, long elapsedNanos, boolean resumed);

    BatchListener NONE = (s, d, t, e, r) -> { };
}
