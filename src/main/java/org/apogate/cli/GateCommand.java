package org.apogate.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apogate.compensation.SpilloverCsv;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.error.ApoGateException;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;
import org.apogate.gating.GateEvaluator;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.PopulationCounter;
import org.apogate.gating.PopulationStats;
import org.apogate.gatingml.GatingMlReader;
import org.apogate.gatingml.StandardTransforms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code apogate gate}: applies a Gating-ML 2.0 file to FCS files and prints, per file and gate,
 * the count and percentages; optionally writes the per-event membership as CSV.
 * Exit codes: 0 all files gated, 1 some file failed (the others are still done), 3 bad gate or matrix file.
 */
@Command(name = "gate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP_FOOTER,
        description = "Applies Gating-ML 2.0 gates to FCS files: counts, %% of parent, %% of total per gate.")
public final class GateCommand implements Callable<Integer> {
    static final int OK = ExitCodes.OK;
    static final int FILE_FAILED = ExitCodes.SOME_FAILED;
    static final int BAD_GATES = ExitCodes.CONFIG;
    private static final int BLOCK_SIZE = 65536;

    @Spec
    CommandSpec spec;

    @Option(names = "--gating-ml", required = true, paramLabel = "GATES.xml", description = "Gating-ML 2.0 gate file.")
    Path gatingMl;

    @Option(names = "--comp", paramLabel = "FILE.csv",
            description = "Spillover matrix CSV (header = detector names) used instead of the files' own for compensation-ref=\"FCS\".")
    Path comp;

    @Option(names = "--events", paramLabel = "OUT.csv",
            description = "Write per-event membership (0/1, one column per gate or quadrant, one row per event). "
                    + "With several input files, each gets OUT-<file name>.csv.")
    Path events;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "FCS files to gate.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        GatingStrategy strategy;
        try {
            strategy = new GatingMlReader(new StandardTransforms()).read(gatingMl);
        } catch (ApoGateException e) {
            err.println("bad gate file: " + e.getMessage());
            err.flush();
            return BAD_GATES;
        }
        SpilloverMatrix override = null;
        if (comp != null) {
            try {
                override = SpilloverCsv.read(comp);
            } catch (ApoGateException | UncheckedIOException e) {
                // a bad matrix file is a config-class error (exit 3), like a bad gate file; a missing one is not a bug
                err.println(comp + ": " + e.getMessage());
                err.flush();
                return BAD_GATES;
            }
        }
        int status = OK;
        for (Path file : files) {
            try {
                gateFile(strategy, file, override, out);
            } catch (ApoGateException | UncheckedIOException e) {
                err.println(file + ": " + e.getMessage());
                status = FILE_FAILED;
            } catch (IOException e) {
                err.println(file + ": cannot read or write: " + e.getMessage());
                status = FILE_FAILED;
            } catch (RuntimeException e) {
                // a bug rather than bad input, but one file must not stop the others
                err.println(file + ": internal error: " + e);
                status = FILE_FAILED;
            }
        }
        out.flush();
        err.flush();
        return status;
    }

    private void gateFile(GatingStrategy strategy, Path file, SpilloverMatrix override, PrintWriter out) throws IOException {
        GatingResult result;
        DataSet data = FcsReader.open(file).dataSet(0);
        List<String> names = new ArrayList<>();
        for (Parameter p : data.parameters()) {
            names.add(p.name());
        }
        SpilloverMatrix spill = override != null ? override
                : SpilloverKeywords.fromKeywords(data.keywords(), names).orElse(null);
        // Gating-ML coordinates are scale values: $PnE decoded and linear channels divided by $PnG
        try (EventSource source = data.openEvents(ValueScale.SCALED_WITH_GAIN, BLOCK_SIZE)) {
            // per-event memberships only when they are written out; counting alone is much cheaper
            result = events == null && PopulationCounter.supports(strategy)
                    ? new PopulationCounter(strategy, names, spill).count(source)
                    : new GateEvaluator(strategy, names, spill).evaluate(source);
        }
        out.println("file\t" + file.getFileName() + "\tevents\t" + result.totalEvents());
        out.println("gate\tparent\tcount\tpercent_of_parent\tpercent_of_total");
        for (PopulationStats s : result.stats()) {
            out.println(s.id() + '\t' + (s.parentId() == null ? "-" : s.parentId()) + '\t' + s.count() + '\t'
                    + percent(s.percentOfParent()) + '\t' + percent(s.percentOfTotal()));
        }
        if (events != null) {
            writeEvents(result, eventsPath(file));
        }
    }

    private Path eventsPath(Path file) {
        if (files.size() == 1) {
            return events;
        }
        String name = events.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : ".csv";
        String fcsName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return events.resolveSibling(stem + "-" + fcsName + ext);
    }

    private static void writeEvents(GatingResult result, Path target) throws IOException {
        List<String> ids = result.populationIds();
        BitSet[] bits = new BitSet[ids.size()];
        for (int g = 0; g < bits.length; g++) {
            bits[g] = result.membership(ids.get(g));
        }
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            w.write(String.join(",", ids.stream().map(GateCommand::csvField).toList()));
            w.newLine();
            char[] row = new char[Math.max(0, bits.length * 2 - 1)];
            for (int i = 1; i < row.length; i += 2) {
                row[i] = ',';
            }
            long n = result.totalEvents();
            for (int e = 0; e < n; e++) {
                for (int g = 0; g < bits.length; g++) {
                    row[2 * g] = bits[g].get(e) ? '1' : '0';
                }
                w.write(row);
                w.newLine();
            }
        }
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String percent(double p) {
        return Double.isNaN(p) ? "NaN" : String.format(Locale.ROOT, "%.4f", p);
    }
}
