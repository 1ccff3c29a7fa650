package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.QcChecks;
import org.apogate.auto.QcFlag;
import org.apogate.auto.ThresholdFinder;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.SampleRole;
import org.apogate.config.ThresholdMethod;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;

/**
 * The stages of one sample, in order: pass 1 (sample, pre-gates: see {@link PreparedFile}) ->
 * compensation choice -> per-axis transform and threshold -> one Gating-ML strategy -> pass 2, the
 * exact counts of every event by the Gating-ML evaluator -> QC flags. Pure: no output is written here.
 */
public final class SamplePipeline {
    private final Settings settings;

    private final int countingThreads;

    /** @param countingThreads threads pass 2 may use for one large file (1 when files run in parallel) */
    public SamplePipeline(Settings settings, int countingThreads) {
        this.settings = settings;
        this.countingThreads = Math.max(1, countingThreads);
    }

    /**
     * @param controls         the sample's group's control tubes (possibly none)
     * @param controlsExpected whether this run has control tubes or a sample sheet, so a group without
     *                         them should be flagged when thresholds were to come from controls
     * @param clock            charged with the "fit" and "count" stages
     */
    SampleAnalysis analyze(PreparedFile file, GroupControls controls, boolean controlsExpected, StageClock clock) {
        ApoGateConfig config = settings.config();
        List<String> warnings = new ArrayList<>(file.warnings());
        String annexin = file.channel(ChannelRole.ANNEXIN);
        String viability = file.channel(ChannelRole.VIABILITY);
        CompensationPlan comp = CompensationPlan.choose(config.compensation().source(), settings.matrixFile(),
                controls.singleStainMatrix(), file.dataSet().keywords(), file.names());
        warnings.addAll(comp.warnings());
        if (!controls.isEmpty()) {
            warnings.addAll(controls.warnings());
        }
        double[][] gated = file.gatedAxes(comp, annexin, viability);
        ThresholdFinder finder = new ThresholdFinder(settings.thresholdOptions());
        var fixed = config.gating().thresholds().fixed();
        AxisFit annexinFit = AxisFit.fit("annexin", annexin, file.range(ChannelRole.ANNEXIN), gated[0],
                controls.negativeControl(ChannelRole.ANNEXIN, comp, annexin, viability), fixed.annexin(), config, finder);
        AxisFit viabilityFit = AxisFit.fit("viability", viability, file.range(ChannelRole.VIABILITY), gated[1],
                controls.negativeControl(ChannelRole.VIABILITY, comp, annexin, viability), fixed.viability(), config, finder,
                gated[0], annexinFit);
        warnings.addAll(annexinFit.notes());
        warnings.addAll(viabilityFit.notes());

        String fscH = file.roles().has(ChannelRole.FSC_H) ? file.channel(ChannelRole.FSC_H) : null;
        GatingStrategy strategy = GateAssembler.build(file.channel(ChannelRole.FSC_A), fscH, file.preGates().debris(),
                file.preGates().singlets(), annexinFit, viabilityFit, comp);
        clock.mark("fit");
        GatingResult result;
        var fileSpill = org.apogate.gating.Dimension.FCS.equals(comp.gatingRef()) ? comp.matrix() : null;
        CountingPass.Outcome counted = CountingPass.run(file, strategy, fileSpill, countingThreads,
                !config.output().exportPopulations().isEmpty());
        result = counted.result();
        EventStats stats = counted.stats();
        clock.mark("count");
        Set<QcFlag> flags = flags(file, stats, controls, controlsExpected, annexinFit, viabilityFit, result, gated);
        if (comp.unavailable() && file.task().role() == SampleRole.SAMPLE) {
            flags.add(QcFlag.UNCOMPENSATED);
        }
        return new SampleAnalysis(file, comp, annexinFit, viabilityFit, strategy, result, flags, warnings,
                controls.negativeControlName(ChannelRole.ANNEXIN), controls.negativeControlName(ChannelRole.VIABILITY),
                gated);
    }

    private Set<QcFlag> flags(PreparedFile file, EventStats stats, GroupControls controls, boolean controlsExpected,
                              AxisFit annexin, AxisFit viability, GatingResult result, double[][] gated) {
        QcChecks qc = new QcChecks(settings.qcOptions());
        Set<QcFlag> flags = new LinkedHashSet<>();
        long cells = result.stats(GateAssembler.LIVE).parentCount();
        flags.addAll(qc.cellCount(cells));
        double saturated = 0;
        for (double f : stats.saturatedFractions()) {
            saturated = Math.max(saturated, f);
        }
        flags.addAll(qc.saturation(saturated));
        flags.addAll(annexin.threshold().flags());
        flags.addAll(viability.threshold().flags());
        if (stats.time() != null) {
            flags.addAll(QcChecks.time(stats.time()));
        }
        if (file.dataSet().issues().stream().anyMatch(i -> "DATA_TRUNCATED".equals(i.code()))) {
            flags.add(QcFlag.TRUNCATED_DATA);
        }
        if (!file.preGates().singlets().enabled()) {
            flags.add(QcFlag.NO_SINGLET_GATE);
        }
        boolean controlsFirst = settings.config().gating().thresholds().methods().get(0) == ThresholdMethod.CONTROLS;
        if (controlsFirst && controlsExpected && file.task().role() == SampleRole.SAMPLE) {
            boolean present = controls.negativeControlName(ChannelRole.ANNEXIN) != null
                    && controls.negativeControlName(ChannelRole.VIABILITY) != null;
            flags.addAll(QcChecks.controlsPresent(true, present));
        }
        SampleRole role = file.task().role();
        if (role == SampleRole.ANNEXIN_ONLY || role == SampleRole.VIABILITY_ONLY) {
            AxisFit stained = role == SampleRole.ANNEXIN_ONLY ? annexin : viability;
            double[] raw = role == SampleRole.ANNEXIN_ONLY ? gated[0] : gated[1];
            double[] t = AxisFit.applied(stained.transform().function(), raw);
            flags.addAll(qc.singleStainControl(t, t.length, settings.thresholdOptions()));
        }
        return flags;
    }

    /** Flags that only inform and do not make a sample "flagged". */
    static final Set<QcFlag> INFORMATIONAL = EnumSet.of(QcFlag.NO_POSITIVE_POPULATION, QcFlag.NO_SINGLET_GATE);
}
