package org.apogate.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigLoader;
import org.apogate.config.ConfigWriter;
import org.apogate.config.Population;
import org.apogate.config.SampleSheet;
import org.apogate.pipeline.BatchRunner;
import org.apogate.pipeline.InputCollector;
import org.apogate.pipeline.PopulationExport;
import org.apogate.pipeline.SampleTask;
import org.apogate.pipeline.Settings;
import org.apogate.pipeline.RunOutputs;
import org.apogate.pipeline.TaskPlanner;
import org.apogate.report.AtomicFiles;
import org.apogate.report.OutputLock;
import org.apogate.report.ReportException;
import org.apogate.report.SampleStatus;
import org.apogate.report.SampleSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apogate run}: the batch pipeline, from FCS files to summaries, gates, plots and a report. */
@Command(name = "run",
        description = "Gates every input automatically and writes summary.csv/json, per-sample gates.xml and "
                + "plots, report.html, run.json (provenance) and effective-config.yaml into the output folder.",
        footer = ExitCodes.HELP_FOOTER,
        mixinStandardHelpOptions = true)
public final class RunCommand implements Callable<Integer> {

    enum FailOn { failed, flagged }

    enum LogFormat { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    ReadingOptions reading;

    @Mixin
    VerboseOption verbose;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "FCS/LMD files, folders (searched recursively) or glob patterns.")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML or JSON config (see 'apogate config init').")
    Path configFile;

    @Option(names = "--samples", paramLabel = "SHEET.csv", description = "Sample sheet: file,role,group[,annexin_channel,viability_channel,metadata...].")
    Path sampleSheet;

    @Option(names = "--threads", paramLabel = "N", description = "Files processed in parallel (default: all cores).")
    Integer threads;

    @Option(names = "--resume", description = "Skip samples whose input, config and controls are unchanged since a complete result in DIR.")
    boolean resume;

    @Option(names = "--fail-on", paramLabel = "failed|flagged", defaultValue = "failed",
            description = "Exit 1 when any sample failed (default) or also when any was flagged.")
    FailOn failOn;

    @Option(names = "--quiet", description = "No progress or per-sample lines; errors only.")
    boolean quiet;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            description = "Per-sample log lines when not at a terminal: text (default) or json.")
    LogFormat logFormat;

    @Option(names = "--no-plots", description = "Skip PNG plots (and their place in report.html).")
    boolean noPlots;

    @Option(names = "--export-populations", split = ",", paramLabel = "POP",
            description = "Write each sample's events of these populations (live, early_apoptotic, late_apoptotic, "
                    + "necrotic) as DIR/samples/NAME/NAME_<population>.fcs; overrides output.export_populations.")
    List<Population> exportPopulations;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instant started = Instant.now();
        ApoGateConfig config = configFile == null ? ApoGateConfig.defaults() : ConfigLoader.load(configFile);
        if (exportPopulations != null) {
            config = PopulationExport.withPopulations(config, exportPopulations);
        }
        SampleSheet sheet = sampleSheet == null ? null : SampleSheet.read(sampleSheet);
        InputCollector.Inputs found = InputCollector.collect(inputs);
        for (String miss : found.unmatched()) {
            err.println("apogate: warning: no FCS file found for input " + miss);
        }
        if (found.files().isEmpty()) {
            throw new NoInputException("no FCS/LMD file found in " + String.join(" ", inputs));
        }
        String effective = ConfigWriter.effectiveYaml(config);
        // reads compensation.file once: a bad one is a config error (exit 3) before any sample runs
        Settings settings = new Settings(config, ConfigWriter.sha256(effective),
                configFile == null ? null : configFile.toAbsolutePath().getParent(), reading.readOptions());
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1, got " + n);
        }
        createOutDir();
        try (OutputLock lock = OutputLock.acquire(out)) {
            cleanStaleTemps();
            AtomicFiles.writeString(out.resolve("effective-config.yaml"), effective);
            List<SampleTask> tasks = TaskPlanner.plan(found.files(), sheet, settings);
            boolean controlsExpected = sheet != null || tasks.stream().anyMatch(SampleTask::isControl);
            boolean plots = !noPlots && config.output().plots();
            Progress progress = Progress.create(err, quiet, logFormat == LogFormat.json);
            BatchRunner.Outcome outcome = new BatchRunner(settings, n, resume, plots, progress).run(tasks, out, controlsExpected);
            progress.finish();
            RunOutputs.write(out, outcome, tasks, settings, plots, new RunOutputs.Provenance(started, Instant.now(),
                    spec.commandLine().getParseResult().originalArgs(), configFile, sampleSheet, n));
            return exitCode(outcome.summaries(), err);
        }
    }

    /** Temporary files a killed run left, in DIR and in each sample folder (safe: we hold the lock). */
    private void cleanStaleTemps() {
        AtomicFiles.cleanStaleTemps(out);
        Path samples = out.resolve("samples");
        if (Files.isDirectory(samples)) {
            try (var dirs = Files.list(samples)) {
                dirs.filter(Files::isDirectory).forEach(AtomicFiles::cleanStaleTemps);
            } catch (java.io.IOException e) {
                throw new ReportException("cannot list " + samples + ": " + e.getMessage(), e);
            }
        }
    }

    private void createOutDir() {
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            throw new ReportException("cannot create output folder " + out + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(out)) {
            throw new ReportException("output folder " + out + " is not writable");
        }
    }

    private int exitCode(List<SampleSummary> rows, PrintWriter err) {
        List<String> failed = new ArrayList<>();
        int flagged = 0;
        for (SampleSummary s : rows) {
            if (s.status() == SampleStatus.FAILED) {
                failed.add(s.file() + ": " + s.error());
            } else if (s.status() == SampleStatus.FLAGGED) {
                flagged++;
            }
        }
        for (String f : failed) {
            err.println("apogate: failed: " + f);
        }
        if (!quiet) {
            err.printf("apogate: %d sample(s): %d ok, %d flagged, %d failed; results in %s%n", rows.size(),
                    rows.size() - flagged - failed.size(), flagged, failed.size(), out);
        }
        err.flush();
        if (!failed.isEmpty() || (failOn == FailOn.flagged && flagged > 0)) {
            return ExitCodes.SOME_FAILED;
        }
        return ExitCodes.OK;
    }
}
