package org.apogate.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code apogate bench}: generates its own FCS files and measures decoding, compensation, transforms
 * and whole {@code apogate run} processes against a plain memory-mapped scan of the same bytes,
 * measured in the same session so the ratios hold on a busy machine. Prints a table, or JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ApoGate against a plain memory-mapped scan of the same FCS bytes.")
public final class BenchCommand implements Callable<Integer> {

    /** Which measurements to run. */
    public enum Suite { decode, compensation, transform, run, batch, scale, all }

    @Spec
    private CommandSpec spec;

    @Option(names = "--suite", defaultValue = "all",
            description = "decode, compensation, transform, run, batch, scale or all (default: ${DEFAULT-VALUE}).")
    private Suite suite;

    @Option(names = "--dir", description = "Folder for generated files (default: <tmp>/apogate-bench); "
            + "files already there are reused when they match.")
    private Path dir;

    @Option(names = "--events", defaultValue = "0",
            description = "Events per generated file / case, overriding each suite's sizes (0 = suite defaults).")
    private long events;

    @Option(names = "--events-max", defaultValue = "10000000",
            description = "Largest file of the scale suite; 50000000 adds the 2.8 GB file (default: ${DEFAULT-VALUE}).")
    private long eventsMax;

    @Option(names = "--quick", description = "Smoke run: small files, 1 warm-up, 2 measured rounds.")
    private boolean quick;

    @Option(names = "--warmup", description = "Warm-up rounds per case (default 2, quick 1).")
    private Integer warmup;

    @Option(names = "--iterations", description = "Measured rounds per case (default 5, quick 2).")
    private Integer iterations;

    @Option(names = "--jar", defaultValue = "target/apogate.jar",
            description = "apogate.jar for child processes (default: ${DEFAULT-VALUE}).")
    private Path jar;

    @Option(names = "--launcher", defaultValue = "apogate",
            description = "Launcher script for whole runs, timed beside plain 'java -jar' (default: ${DEFAULT-VALUE}; "
                    + "runs use 'java -jar' alone when it is missing).")
    private Path launcher;

    @Option(names = "--seed", defaultValue = "20261125", description = "Seed of the generated data.")
    private long seed;

    @Option(names = "--json", description = "Print results as JSON instead of a table.")
    private boolean json;

    /** Runs the command on its own: {@code java -cp apogate.jar org.apogate.bench.BenchCommand ...}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Override
    public Integer call() throws JsonProcessingException {
        BenchSettings s = new BenchSettings(
                dir != null ? dir : Path.of(System.getProperty("java.io.tmpdir"), "apogate-bench"),
                events, quick,
                warmup != null ? warmup : (quick ? 1 : 2),
                iterations != null ? iterations : (quick ? 2 : 5),
                jar, launcher, eventsMax, seed);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, Object> machine = MachineInfo.describe();
        if (!json) {
            machine.forEach((k, v) -> out.println(k + ": " + v));
            out.println("files: " + s.dir().toAbsolutePath());
            out.println();
            out.flush();
        }
        List<ResultRow> rows = new ArrayList<>();
        for (Suite one : selected()) {
            List<ResultRow> got = runSuite(one, s);
            rows.addAll(got);
            if (!json) {
                out.print(ResultTable.render(got));
                out.flush();
            }
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("machine", machine);
            doc.put("settings", Map.of("dir", s.dir().toAbsolutePath().toString(), "quick", s.quick(),
                    "warmups", s.warmups(), "iterations", s.iterations(), "seed", s.seed()));
            doc.put("results", rows);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
            out.flush();
        }
        return 0;
    }

    private List<Suite> selected() {
        if (suite == Suite.all) {
            return List.of(Suite.decode, Suite.compensation, Suite.transform, Suite.run, Suite.batch, Suite.scale);
        }
        return List.of(suite);
    }

    private static List<ResultRow> runSuite(Suite one, BenchSettings s) {
        return switch (one) {
            case decode -> DecodeSuite.run(s);
            case compensation -> CompensationSuite.run(s);
            case transform -> TransformSuite.run(s);
            case run -> ProcessSuites.run(s);
            case batch -> ProcessSuites.batch(s);
            case scale -> ProcessSuites.scale(s);
            case all -> throw new IllegalArgumentException("all is expanded by selected()");
        };
    }
}
