package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apogate.auto.ChannelRole;
import org.apogate.compensation.SingleStainCompensation;
import org.apogate.compensation.SingleStainControl;
import org.apogate.compensation.SingleStainResult;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.config.SampleRole;
import org.apogate.error.ApoGateException;

/**
 * The control tubes of one group (unstained, Annexin-only, viability-only), prepared, and the
 * spillover matrix computed from them when both single stains are present.
 */
final class GroupControls {
    static final GroupControls NONE = new GroupControls(new EnumMap<>(SampleRole.class), null, List.of());

    private final Map<SampleRole, PreparedFile> tubes;
    private final SpilloverMatrix singleStainMatrix;
    private final List<String> warnings;

    private GroupControls(Map<SampleRole, PreparedFile> tubes, SpilloverMatrix matrix, List<String> warnings) {
        this.tubes = tubes;
        this.singleStainMatrix = matrix;
        this.warnings = List.copyOf(warnings);
    }

    /** @param prepared the group's successfully prepared control tubes (the first of each role is used) */
    static GroupControls of(List<PreparedFile> prepared) {
        Map<SampleRole, PreparedFile> tubes = new EnumMap<>(SampleRole.class);
        List<String> warnings = new ArrayList<>();
        for (PreparedFile p : prepared) {
            if (tubes.putIfAbsent(p.task().role(), p) != null) {
                warnings.add("more than one " + p.task().role().name().toLowerCase(java.util.Locale.ROOT)
                        + " control in group '" + p.task().group() + "': using " + tubes.get(p.task().role()).task().file().getFileName());
            }
        }
        SpilloverMatrix matrix = null;
        PreparedFile ann = tubes.get(SampleRole.ANNEXIN_ONLY);
        PreparedFile via = tubes.get(SampleRole.VIABILITY_ONLY);
        if (ann != null && via != null) {
            try {
                matrix = singleStain(ann, via, tubes.get(SampleRole.UNSTAINED), warnings);
            } catch (ApoGateException e) {
                warnings.add("single-stain compensation not computed: " + e.getMessage());
            }
        }
        return new GroupControls(tubes, matrix, warnings);
    }

    private static SpilloverMatrix singleStain(PreparedFile ann, PreparedFile via, PreparedFile unstained, List<String> warnings) {
        String a = ann.channel(ChannelRole.ANNEXIN);
        String v = ann.channel(ChannelRole.VIABILITY);
        List<String> detectors = List.of(a, v);
        List<SingleStainControl> controls = List.of(
                new SingleStainControl(ann.task().file().getFileName().toString(), a, keptRaw(ann, detectors)),
                new SingleStainControl(via.task().file().getFileName().toString(), v, keptRaw(via, detectors)));
        SingleStainResult r = unstained == null ? new SingleStainCompensation().compute(detectors, controls)
                : new SingleStainCompensation().compute(detectors, controls, keptRaw(unstained, detectors));
        warnings.addAll(r.warnings());
        return r.matrix();
    }

    /** Raw (uncompensated) values of the named channels at a tube's kept sample rows. */
    private static double[][] keptRaw(PreparedFile p, List<String> channels) {
        double[][] out = new double[channels.size()][];
        for (int c = 0; c < channels.size(); c++) {
            int idx = p.names().indexOf(channels.get(c));
            if (idx < 0) {
                throw new PipelineException(p.task().file() + ": control tube has no channel " + channels.get(c));
            }
            out[c] = p.preGates().keptValues(p.scan().sample().columns()[idx]);
        }
        return out;
    }

    SpilloverMatrix singleStainMatrix() {
        return singleStainMatrix;
    }

    List<String> warnings() {
        return warnings;
    }

    boolean isEmpty() {
        return tubes.isEmpty();
    }

    /**
     * Compensated values, on {@code axisRole}'s channel, of the cells of the tube that is negative
     * for that axis: the other single stain (same spillover, no stain on this axis), else unstained.
     */
    double[] negativeControl(ChannelRole axisRole, CompensationPlan plan, String annexinChannel, String viabilityChannel) {
        SampleRole preferred = axisRole == ChannelRole.ANNEXIN ? SampleRole.VIABILITY_ONLY : SampleRole.ANNEXIN_ONLY;
        PreparedFile tube = tubes.getOrDefault(preferred, tubes.get(SampleRole.UNSTAINED));
        if (tube == null) {
            return null;
        }
        double[][] axes = tube.gatedAxes(plan, annexinChannel, viabilityChannel);
        return axisRole == ChannelRole.ANNEXIN ? axes[0] : axes[1];
    }

    String negativeControlName(ChannelRole axisRole) {
        SampleRole preferred = axisRole == ChannelRole.ANNEXIN ? SampleRole.VIABILITY_ONLY : SampleRole.ANNEXIN_ONLY;
        PreparedFile tube = tubes.getOrDefault(preferred, tubes.get(SampleRole.UNSTAINED));
        return tube == null ? null : tube.task().file().getFileName().toString();
    }
}
