package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.ChannelRoleDetector;
import org.apogate.auto.ChannelRoles;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ReadIssue;

/**
 * A file after pass 1 and pre-gating: its first data set, channel roles, the seeded event sample and
 * which sample rows are single non-debris cells. Control tubes are prepared first so their cells can
 * set thresholds and compensation for their group's samples.
 */
record PreparedFile(SampleTask task, DataSet dataSet, List<String> names, ChannelRoles roles, FileScan scan,
                    PreGates preGates, List<String> warnings) {

    static PreparedFile prepare(SampleTask task, Settings settings) {
        DataSet ds = FcsReader.open(task.file(), settings.readOptions()).dataSet(0);
        List<String> names = new ArrayList<>();
        List<String> stains = new ArrayList<>();
        for (Parameter p : ds.parameters()) {
            names.add(p.name());
            stains.add(p.stain());
        }
        var pins = new java.util.EnumMap<ChannelRole, org.apogate.auto.RolePin>(ChannelRole.class);
        pins.putAll(settings.configPins());
        pins.putAll(task.pins()); // a sample sheet row pins more specifically than the config
        ChannelRoles roles = new ChannelRoleDetector().detect(task.file().getFileName().toString(), names, stains, pins);
        FileScan scan = FileScan.run(ds, settings.config().gating().sampleSize(), settings.config().seed());
        PreGates pre = PreGates.fit(scan.sample().columns(), scan.sample().size(), roles, settings.config());
        List<String> warnings = new ArrayList<>(task.warnings());
        for (ReadIssue issue : ds.issues()) {
            warnings.add(issue.message());
        }
        warnings.addAll(roles.warnings());
        if (pre.singlets().warning() != null) {
            warnings.add(pre.singlets().warning());
        }
        return new PreparedFile(task, ds, List.copyOf(names), roles, scan, pre, warnings);
    }

    String channel(ChannelRole role) {
        return names.get(roles.require(role));
    }

    /** Channels whose saturation is checked: FSC-A and the two gating axes. */
    int[] saturationChannels() {
        return new int[] {roles.require(ChannelRole.FSC_A), roles.require(ChannelRole.ANNEXIN),
            roles.require(ChannelRole.VIABILITY)};
    }

    double range(ChannelRole role) {
        return dataSet.parameters().get(roles.require(role)).range();
    }

    /** Kept (single non-debris) sample rows' compensated values of the annexin and viability channels. */
    double[][] gatedAxes(CompensationPlan plan, String annexinChannel, String viabilityChannel) {
        double[][] rows = scan.sample().columns();
        int n = scan.sample().size();
        double[][] both = plan.compensate(rows, n, names, annexinChannel, viabilityChannel);
        return new double[][] {preGates.keptValues(both[0]), preGates.keptValues(both[1])};
    }
}
