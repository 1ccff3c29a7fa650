package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.auto.QcFlag;
import org.apogate.fcs.Keywords;
import org.apogate.report.SampleRole;
import org.apogate.report.SampleStatus;
import org.apogate.report.SampleSummary;

/** Builds the summary row of a sample, analysed or failed. */
final class Summaries {
    private Summaries() {
    }

    static SampleSummary of(SampleAnalysis a, SampleTask task, long seed, String inputSha, String configSha) {
        SampleSummary.Builder b = base(task, inputSha, configSha).seed(seed);
        b.status(a.flagged() ? SampleStatus.FLAGGED : SampleStatus.OK)
                .events(a.events())
                .debris(a.events() - a.cells())
                .doublets(a.cells() - a.singlets())
                .singlets(a.singlets())
                .quadrants(a.count(GateAssembler.LIVE), a.count(GateAssembler.EARLY),
                        a.count(GateAssembler.LATE), a.count(GateAssembler.NECROTIC))
                .channels(a.annexin().channel(), a.viability().channel())
                .annexinThreshold(a.annexin().threshold().raw(), a.annexin().threshold().transformed())
                .viabilityThreshold(a.viability().threshold().raw(), a.viability().threshold().transformed())
                .thresholdMethod("annexin=" + method(a.annexin(), a.annexinControl())
                        + ";viability=" + method(a.viability(), a.viabilityControl()))
                .compensationSource(a.compensation().source())
                .transform("annexin=" + a.annexin().describeTransform() + ";viability=" + a.viability().describeTransform());
        List<String> flags = new ArrayList<>();
        for (QcFlag f : a.flags()) {
            flags.add(f.code());
        }
        b.flags(flags).warnings(a.warnings());
        metadata(b, a.file().dataSet().keywords());
        return b.build();
    }

    static SampleSummary failed(SampleTask task, String error, String inputSha, String configSha) {
        return base(task, inputSha, configSha).status(SampleStatus.FAILED).error(error).warnings(task.warnings()).build();
    }

    private static String method(AxisFit fit, String control) {
        String m = fit.threshold().method();
        return "controls".equals(m) && control != null ? m + "(" + control + ")" : m;
    }

    private static SampleSummary.Builder base(SampleTask task, String inputSha, String configSha) {
        return SampleSummary.builder(task.file().getFileName().toString())
                .sample(task.sampleName())
                .role(SampleRole.valueOf(task.role().name()))
                .group(task.group())
                .inputSha256(inputSha)
                .configSha256(configSha)
                .metadata(task.metadata());
    }

    private static void metadata(SampleSummary.Builder b, Keywords kw) {
        b.cyt(kw.trimmed("$CYT").orElse(null))
                .wellId(kw.trimmed("$WELLID").or(() -> kw.trimmed("WELL ID")).orElse(null))
                .plate(kw.trimmed("$PLATENAME").or(() -> kw.trimmed("$PLATEID")).or(() -> kw.trimmed("PLATE NAME")).orElse(null))
                .src(kw.trimmed("$SRC").orElse(null))
                .date(kw.trimmed("$DATE").orElse(null))
                .btim(kw.trimmed("$BTIM").orElse(null));
    }
}
