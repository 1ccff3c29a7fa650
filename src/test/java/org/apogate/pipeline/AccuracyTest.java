package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigWriter;
import org.apogate.config.SampleSheet;
import org.apogate.fcs.ReadOptions;
import org.apogate.report.SampleStatus;
import org.apogate.report.SampleSummary;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.EventClass;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedFcs;
import org.apogate.simulate.SimulatedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PROOF through the real pipeline: simulated tubes are written as FCS files with {@link SimulatedFcs},
 * listed in a sample sheet (with control tubes where the experiment has them) and run by
 * {@link BatchRunner} with the default config, exactly as {@code apogate run} does. Each sample's four
 * percentages are compared with the simulator's truth (percent of the true single non-debris cells).
 * The bar: mean absolute error per class at most 1.0 percentage point, no class of any sample off by
 * more than 3 points.
 */
class AccuracyTest {
    private static final String[] CLASSES = {"live", "early", "late", "necrotic"};
    private static final double MAE_BAR = 1.0;
    private static final double WORST_BAR = 3.0;

    @TempDir
    Path dir;

    @Test
    void pipelineMatchesTruthOnSimulatedSuite() throws IOException {
        Map<String, Expected> truth = writeSuite(dir, AccuracySuite.groups());
        Report report = Report.of(runBatch(dir), truth);
        System.out.println(report.table());
        assertBar(report, truth);
    }

    @Test
    void millionEventSampleMatchesTruth() throws IOException {
        Map<String, Expected> truth = writeSuite(dir, AccuracySuite.million());
        Report report = Report.of(runBatch(dir), truth);
        System.out.println(report.table());
        assertBar(report, truth);
    }

    private static void assertBar(Report report, Map<String, Expected> truth) {
        long asserted = truth.values().stream().filter(Expected::asserted).count();
        assertTrue(report.failures().isEmpty(), "every simulated sample analysed: " + report.failures());
        assertEquals(asserted, report.samples(), "samples compared with truth");
        for (int c = 0; c < CLASSES.length; c++) {
            assertTrue(report.mae(c) <= MAE_BAR, CLASSES[c] + " mean absolute error " + report.mae(c) + " > " + MAE_BAR);
        }
        assertTrue(report.offenders().isEmpty(), "off by more than " + WORST_BAR + " points: " + report.offenders());
    }

    /** Writes every tube and samples.csv; returns truth percentages of the samples by file name. */
    static Map<String, Expected> writeSuite(Path dir, List<AccuracySuite.Group> groups) throws IOException {
        ApoptosisSimulator sim = new ApoptosisSimulator();
        Map<String, Expected> truth = new LinkedHashMap<>();
        StringBuilder sheet = new StringBuilder("file,role,group\n");
        int k = 0;
        for (AccuracySuite.Group g : groups) {
            for (Scenario s : g.samples()) {
                String file = String.format(Locale.ROOT, "s%03d.fcs", k++);
                // A group's samples and control tubes share their cells and instrument settings.
                SimulatedSample sample = sim.simulate(s, g.controls() != null ? g.controls().seed() : s.seed());
                SimulatedFcs.write(sample, dir.resolve(file));
                truth.put(file, new Expected(s.name(), truthPercent(sample), g.asserted()));
                sheet.append(file).append(",sample,").append(g.name()).append('\n');
            }
            if (g.controls() != null) {
                Scenario c = g.controls();
                String[][] tubes = {{"unstained", "00"}, {"annexin_only", "10"}, {"viability_only", "01"}};
                for (int t = 0; t < tubes.length; t++) {
                    String file = String.format(Locale.ROOT, "c%03d_%s.fcs", k++, tubes[t][0]);
                    Scenario tube = c.withStains(tubes[t][1].charAt(0) == '1', tubes[t][1].charAt(1) == '1')
                            .withEvents(c.events(), c.seed() * 31 + t);
                    SimulatedFcs.write(sim.simulate(tube, c.seed()), dir.resolve(file));
                    sheet.append(file).append(',').append(tubes[t][0]).append(',').append(g.name()).append('\n');
                }
            }
        }
        Files.writeString(dir.resolve("samples.csv"), sheet.toString());
        return truth;
    }

    static List<SampleSummary> runBatch(Path dir) throws IOException {
        ApoGateConfig config = ApoGateConfig.defaults();
        Settings settings = new Settings(config, ConfigWriter.sha256(config), null, ReadOptions.defaults());
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".fcs")).sorted().toList();
        }
        List<SampleTask> tasks = TaskPlanner.plan(files, SampleSheet.read(dir.resolve("samples.csv")), settings);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        return new BatchRunner(settings, 2, false, false, BatchListener.NONE).run(tasks, out, true).summaries();
    }

    static double[] truthPercent(SimulatedSample s) {
        Map<EventClass, Integer> n = s.counts();
        double cells = n.get(EventClass.LIVE) + n.get(EventClass.EARLY) + n.get(EventClass.LATE) + n.get(EventClass.NECROTIC);
        return new double[] {100 * n.get(EventClass.LIVE) / cells, 100 * n.get(EventClass.EARLY) / cells,
            100 * n.get(EventClass.LATE) / cells, 100 * n.get(EventClass.NECROTIC) / cells};
    }

    /** A sample's scenario name, true class percentages, and whether the bar applies to it. */
    record Expected(String name, double[] percent, boolean asserted) {
    }

    /** Per-sample errors (found - truth, percentage points) of the analysed samples. */
    record Report(List<String> names, List<double[]> errors, List<SampleSummary> rows, List<String> failures,
                  List<String> reportedOnly) {
        static Report of(List<SampleSummary> all, Map<String, Expected> truth) {
            List<String> names = new ArrayList<>();
            List<double[]> errors = new ArrayList<>();
            List<SampleSummary> rows = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            List<String> reportedOnly = new ArrayList<>();
            for (SampleSummary s : all) {
                Expected x = truth.get(s.file());
                if (x == null) {
                    continue; // a control tube
                }
                String name = x.name();
                double[] t = x.percent();
                if (s.status() == SampleStatus.FAILED) {
                    failures.add(name + ": " + s.error());
                    if (!x.asserted()) {
                        reportedOnly.add(name + " FAILED: " + s.error());
                    }
                    continue;
                }
                double[] found = {s.livePct(), s.earlyApoptoticPct(), s.lateApoptoticPct(), s.necroticPct()};
                double[] e = new double[4];
                for (int c = 0; c < 4; c++) {
                    e[c] = found[c] - t[c];
                }
                if (!x.asserted()) {
                    reportedOnly.add(String.format(Locale.ROOT, "%-36s %+7.2f %+7.2f %+7.2f %+7.2f  %s | %s", name,
                            e[0], e[1], e[2], e[3], s.thresholdMethod(), s.compensationSource()));
                    continue;
                }
                names.add(name);
                errors.add(e);
                rows.add(s);
            }
            return new Report(names, errors, rows, failures, reportedOnly);
        }

        int samples() {
            return errors.size();
        }

        double mae(int c) {
            double sum = 0;
            for (double[] e : errors) {
                sum += Math.abs(e[c]);
            }
            return errors.isEmpty() ? Double.NaN : sum / errors.size();
        }

        double worst(int c) {
            double w = 0;
            for (double[] e : errors) {
                w = Math.max(w, Math.abs(e[c]));
            }
            return w;
        }

        List<String> offenders() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < errors.size(); i++) {
                for (int c = 0; c < 4; c++) {
                    if (Math.abs(errors.get(i)[c]) > WORST_BAR) {
                        out.add(String.format(Locale.ROOT, "%s %s %+.2f", names.get(i), CLASSES[c], errors.get(i)[c]));
                    }
                }
            }
            return out;
        }

        String table() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-36s %7s %7s %7s %7s  %s%n",
                    "sample", "live", "early", "late", "necro", "methods / compensation"));
            for (int i = 0; i < errors.size(); i++) {
                double[] e = errors.get(i);
                SampleSummary s = rows.get(i);
                b.append(String.format(Locale.ROOT, "%-36s %+7.2f %+7.2f %+7.2f %+7.2f  %s | %s%n", names.get(i),
                        e[0], e[1], e[2], e[3], s.thresholdMethod(), s.compensationSource()));
            }
            b.append(String.format(Locale.ROOT, "%-36s %7.2f %7.2f %7.2f %7.2f%n", "MAE", mae(0), mae(1), mae(2), mae(3)));
            b.append(String.format(Locale.ROOT, "%-36s %7.2f %7.2f %7.2f %7.2f%n", "worst |error|", worst(0), worst(1),
                    worst(2), worst(3)));
            for (String f : failures) {
                b.append("FAILED ").append(f).append('\n');
            }
            if (!reportedOnly.isEmpty()) {
                b.append("not asserted (no spillover matrix, no single-stain controls):\n");
                reportedOnly.forEach(r -> b.append(r).append('\n'));
            }
            return b.toString();
        }
    }
}
