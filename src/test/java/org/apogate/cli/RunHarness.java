package org.apogate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedFcs;
import org.apogate.simulate.SimulatedSample;
import picocli.CommandLine;

/** Shared helpers of the end-to-end tests: run the CLI in-process with captured streams, make inputs, read outputs. */
final class RunHarness {
    private RunHarness() {
    }

    /** Exit code and everything the command printed. */
    record Result(int code, String out, String err) {
        /** The stderr lines, for asserting one-line messages. */
        List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(List<String> args) {
        return run(args.toArray(String[]::new));
    }

    /** A typical treated BD tube (with $SPILLOVER) of {@code events} events. */
    static Scenario typical(int events, long seed) {
        return Scenario.typical(InstrumentStyle.BD, events, seed);
    }

    static Path simulate(Path file, Scenario scenario) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SimulatedSample s = new ApoptosisSimulator().simulate(scenario);
        SimulatedFcs.write(s, file);
        return file;
    }

    static Path simulate(Path file, int events, long seed) {
        return simulate(file, typical(events, seed).named(file.getFileName().toString()));
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path p, String text) {
        try {
            Files.createDirectories(p.toAbsolutePath().getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** summary.csv as maps keyed by header, one per record, in file order (independent RFC 4180 reader). */
    static List<Map<String, String>> summaryRows(Path outDir) {
        List<List<String>> records = Csv4180.parse(read(outDir.resolve("summary.csv")));
        List<String> header = records.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            if (r.size() != header.size()) {
                throw new AssertionError("summary.csv record has " + r.size() + " fields, header " + header.size() + ": " + r);
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    static Map<String, Map<String, String>> rowsBySample(Path outDir) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        for (Map<String, String> r : summaryRows(outDir)) {
            m.put(r.get("sample"), r);
        }
        return m;
    }
}
