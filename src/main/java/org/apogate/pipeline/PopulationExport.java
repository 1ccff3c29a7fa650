package org.apogate.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.OutputConfig;
import org.apogate.config.Population;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.QuadrantGate;

/**
 * Exports the events of chosen quadrant populations of an analysed sample as FCS 3.1 files
 * {@code DIR/samples/NAME/NAME_<population>.fcs} (see {@link EventSubsetWriter} for what is kept),
 * with keywords saying how the events were chosen. One extra streaming pass over the source file.
 */
public final class PopulationExport {
    public static final String POPULATION = "APOGATE_POPULATION";
    public static final String SOURCE_FILE = "APOGATE_SOURCE_FILE";
    public static final String SOURCE_SHA256 = "APOGATE_SOURCE_SHA256";
    public static final String GATES = "APOGATE_GATES";
    public static final String ANNEXIN_CHANNEL = "APOGATE_ANNEXIN_CHANNEL";
    public static final String VIABILITY_CHANNEL = "APOGATE_VIABILITY_CHANNEL";
    public static final String ANNEXIN_THRESHOLD = "APOGATE_ANNEXIN_THRESHOLD";
    public static final String VIABILITY_THRESHOLD = "APOGATE_VIABILITY_THRESHOLD";
    public static final String COMPENSATION = "APOGATE_COMPENSATION";
    public static final String VERSION = "APOGATE_VERSION";

    private PopulationExport() {
    }

    /** Where a population of a sample goes: {@code sampleDir/NAME_<population>.fcs}. */
    public static Path file(Path sampleDir, String sampleName, Population population) {
        return sampleDir.resolve(sampleName + "_" + population.configName() + ".fcs");
    }

    /**
     * {@code config} with {@code output.export_populations} replaced (a command-line choice wins over
     * the file; repeats are dropped). The effective config, its hash and so resume keys include it.
     */
    public static ApoGateConfig withPopulations(ApoGateConfig config, List<Population> populations) {
        return new ApoGateConfig(config.version(), config.seed(), config.channels(), config.compensation(),
                config.transform(), config.gating(), config.qc(), config.samples(),
                new OutputConfig(config.output().plots(), new ArrayList<>(new LinkedHashSet<>(populations))));
    }

    /** Gate path of a population from the root, e.g. {@code cells/singlets/apoptosis:live}. */
    public static String gatePath(GatingStrategy strategy, String populationId) {
        List<String> steps = new ArrayList<>();
        GatingStrategy.Population p = strategy.population(populationId);
        steps.add(p.gate() instanceof QuadrantGate q ? q.id() + ":" + p.id() : p.id());
        for (String parent = p.parentId(); parent != null; parent = strategy.population(parent).parentId()) {
            steps.add(0, parent);
        }
        return String.join("/", steps);
    }

    /** Writes the chosen populations of an analysed sample; nothing when {@code populations} is empty. */
    static List<Path> write(Path sampleDir, SampleAnalysis a, String inputSha, List<Population> populations) {
        List<Path> files = new ArrayList<>();
        if (populations.isEmpty()) {
            return files;
        }
        SampleTask task = a.file().task();
        List<EventSubsetWriter.Subset> subsets = new ArrayList<>();
        for (Population p : populations) {
            String id = populationId(p);
            Map<String, String> kw = new LinkedHashMap<>();
            kw.put(POPULATION, p.configName());
            kw.put(SOURCE_FILE, task.file().getFileName().toString());
            kw.put(SOURCE_SHA256, inputSha);
            kw.put(GATES, gatePath(a.strategy(), id));
            kw.put(ANNEXIN_CHANNEL, a.annexin().channel());
            kw.put(VIABILITY_CHANNEL, a.viability().channel());
            kw.put(ANNEXIN_THRESHOLD, Double.toString(a.annexin().threshold().raw()));
            kw.put(VIABILITY_THRESHOLD, Double.toString(a.viability().threshold().raw()));
            kw.put(COMPENSATION, a.compensation().source());
            kw.put(VERSION, RunOutputs.versionOf());
            Path target = file(sampleDir, task.sampleName(), p);
            subsets.add(new EventSubsetWriter.Subset(a.result().membership(id), target, kw));
            files.add(target);
        }
        EventSubsetWriter.write(a.file().dataSet(), subsets);
        return files;
    }

    /** The quadrant id {@link GateAssembler} gives each population. */
    static String populationId(Population p) {
        return switch (p) {
            case LIVE -> GateAssembler.LIVE;
            case EARLY_APOPTOTIC -> GateAssembler.EARLY;
            case LATE_APOPTOTIC -> GateAssembler.LATE;
            case NECROTIC -> GateAssembler.NECROTIC;
        };
    }
}
