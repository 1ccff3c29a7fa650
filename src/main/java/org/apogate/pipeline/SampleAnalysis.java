package org.apogate.pipeline;

import java.util.List;
import java.util.Set;
import org.apogate.auto.QcFlag;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;

/**
 * Everything found for one sample: the choices made, the gates, the exact counts and the flags.
 * {@code gated} holds the compensated annexin and viability values of the kept pass-1 sample rows
 * (what the thresholds were fitted on, and what the quadrant plot shows).
 */
record SampleAnalysis(PreparedFile file, CompensationPlan compensation, AxisFit annexin, AxisFit viability,
                      GatingStrategy strategy, GatingResult result, Set<QcFlag> flags, List<String> warnings,
                      String annexinControl, String viabilityControl, double[][] gated) {

    long count(String population) {
        return result.stats(population).count();
    }

    /** Single non-debris cells: the parent of the four quadrants. */
    long singlets() {
        return result.stats(GateAssembler.LIVE).parentCount();
    }

    long cells() {
        return count(GateAssembler.CELLS);
    }

    long events() {
        return result.totalEvents();
    }

    boolean flagged() {
        for (QcFlag f : flags) {
            if (!SamplePipeline.INFORMATIONAL.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
