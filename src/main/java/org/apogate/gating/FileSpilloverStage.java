package org.apogate.gating;

import java.util.ArrayList;
import java.util.List;
import org.apogate.compensation.Compensator;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.compensation.TargetedCompensator;
import org.apogate.fcs.EventBlock;

/**
 * compensation-ref="FCS": the file's spillover matrix applied through the compensation package (its
 * channel matching, sub-matrix for absent channels, conditioning checks), computing only the
 * channels gates use into private buffers. Channels the matrix does not name pass through as acquired.
 */
final class FileSpilloverStage {
    private final List<String> targets = new ArrayList<>();
    private TargetedCompensator compensator;
    private double[][] buffers = new double[0][0];

    /** Registers a channel to compensate; returns its output index. Only before {@link #prepare}. */
    int target(String channel) {
        int i = targets.indexOf(channel);
        if (i >= 0) {
            return i;
        }
        targets.add(channel);
        return targets.size() - 1;
    }

    boolean isUsed() {
        return !targets.isEmpty();
    }

    void prepare(SpilloverMatrix spill, List<String> channelNames) {
        compensator = Compensator.of(spill, channelNames).forTargets(targets);
    }

    void compute(EventBlock block) {
        int n = block.size();
        if (buffers.length != targets.size() || (buffers.length > 0 && buffers[0].length < n)) {
            buffers = new double[targets.size()][Math.max(n, block.capacity())];
        }
        compensator.compute(block, buffers);
    }

    /** Block columns {@link #compute} reads (after {@link #prepare}). */
    int[] sourceColumns() {
        return compensator == null ? new int[0] : compensator.sourceColumns();
    }

    double[] output(int index) {
        return buffers[index];
    }
}
