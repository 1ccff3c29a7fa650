package org.apogate.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.report.AtomicFiles;
import org.apogate.report.JsonValues;
import org.apogate.report.HtmlReport;
import org.apogate.report.PlotImage;
import org.apogate.report.RunInfo;
import org.apogate.report.SampleSummary;
import org.apogate.report.SummaryWriter;

/** The run-level files: summary.csv/json, report.html and run.json (provenance), each written atomically. */
public final class RunOutputs {
    /** What run.json records about how the run was started. */
    public record Provenance(Instant started, Instant finished, List<String> commandLine, Path configFile,
                             Path sampleSheet, int threads) {
    }

    private RunOutputs() {
    }

    public static void write(Path out, BatchRunner.Outcome outcome, List<SampleTask> tasks, Settings settings,
                             boolean plots, Provenance p) {
        List<SampleSummary> rows = outcome.summaries();
        SummaryWriter.writeAll(out, rows);
        writeReport(out, outcome, tasks, settings, plots, p);
        writeRunJson(out, outcome, tasks, settings, p);
    }

    private static void writeReport(Path out, BatchRunner.Outcome outcome, List<SampleTask> tasks, Settings settings,
                                    boolean plots, Provenance p) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("config", p.configFile() == null ? "built-in defaults" : p.configFile().toString());
        config.put("config sha256", settings.configSha256());
        config.put("transform", settings.config().transform().kind().name().toLowerCase(java.util.Locale.ROOT));
        config.put("threshold methods", settings.config().gating().thresholds().methods().toString().toLowerCase(java.util.Locale.ROOT));
        config.put("compensation", settings.config().compensation().source().name().toLowerCase(java.util.Locale.ROOT));
        config.put("seed", Long.toString(settings.config().seed()));
        if (p.sampleSheet() != null) {
            config.put("sample sheet", p.sampleSheet().toString());
        }
        HtmlReport.Builder b = HtmlReport.builder(new RunInfo("ApoGate report", versionOf(), p.finished().toString(),
                tasks.size(), config));
        for (int i = 0; i < tasks.size(); i++) {
            Path dir = SampleOutputs.dir(out, tasks.get(i));
            List<PlotImage> images = plots && SampleOutputs.plotsPresent(dir)
                    ? SampleOutputs.plotFiles(dir) : List.of();
            b.sample(outcome.summaries().get(i), images);
        }
        b.build().write(out.resolve("report.html"));
    }

    private static void writeRunJson(Path out, BatchRunner.Outcome outcome, List<SampleTask> tasks, Settings settings,
                                     Provenance p) {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("schema_version", 1);
        run.put("apogate_version", versionOf());
        Map<String, Object> jvm = new LinkedHashMap<>();
        jvm.put("version", System.getProperty("java.version"));
        jvm.put("vendor", System.getProperty("java.vendor"));
        jvm.put("vm", System.getProperty("java.vm.name"));
        jvm.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        run.put("jvm", jvm);
        run.put("started", p.started().toString());
        run.put("finished", p.finished().toString());
        run.put("command_line", p.commandLine());
        run.put("working_directory", Path.of("").toAbsolutePath().toString());
        run.put("threads", p.threads());
        run.put("config_file", p.configFile() == null ? null : p.configFile().toAbsolutePath().toString());
        run.put("config_sha256", settings.configSha256());
        run.put("effective_config", "effective-config.yaml");
        run.put("sample_sheet", p.sampleSheet() == null ? null : p.sampleSheet().toAbsolutePath().toString());
        run.put("sample_sheet_sha256", p.sampleSheet() == null ? null : Hashes.sha256(p.sampleSheet()));
        MatrixFile matrix = settings.matrixFile();
        run.put("compensation_file", matrix == null ? null : matrix.path().toAbsolutePath().toString());
        run.put("compensation_file_sha256", matrix == null ? null : matrix.sha256());
        run.put("seed", settings.config().seed());
        run.put("resumed_samples", outcome.resumed());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            SampleSummary s = outcome.summaries().get(i);
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("file", tasks.get(i).file().toString());
            in.put("sample", tasks.get(i).sampleName());
            in.put("sha256", s.inputSha256());
            in.put("status", s.status().wireName());
            in.put("seconds", outcome.secondsBySample().get(tasks.get(i).sampleName()));
            in.put("stage_seconds", outcome.stagesBySample().get(tasks.get(i).sampleName()));
            inputs.add(in);
        }
        run.put("inputs", inputs);
        AtomicFiles.writeBytes(out.resolve("run.json"), JsonValues.pretty(run));
    }

    static String versionOf() {
        String v = RunOutputs.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
