package org.apogate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Whole-process suites, JVM start-up included: {@code apogate run} on one large file (run), on a
 * folder of many small files (batch), and across sizes (scale), each next to a child JVM running the
 * plain {@link ScanMain} over the same bytes. Rows say "unavailable" when the jar or its run command
 * is missing or fails, with the reason.
 */
final class ProcessSuites {
    private ProcessSuites() {
    }

    /** One timed 'apogate run' and one scan per round, alternating. */
    static List<ResultRow> run(BenchSettings s) {
        BenchFile f = BenchFiles.ensure(s.dir(), BenchLayout.FLOAT_BE, s.eventsOr(10_000_000, 1_000_000), s.seed());
        return List.of(runVsScan(s, "run", f, Math.max(1, s.iterations())));
    }

    /** Sizes 100k .. maxEvents (10M by default; 50M only when asked and the disk has room). */
    static List<ResultRow> scale(BenchSettings s) {
        List<ResultRow> rows = new ArrayList<>();
        long[] sizes = s.quick() ? new long[] {100_000, 1_000_000} : new long[] {100_000, 1_000_000, 10_000_000, 50_000_000};
        for (long events : sizes) {
            if (events > s.maxEvents()) {
                continue;
            }
            long need = events * SyntheticPanel.CHANNELS.size() * 4;
            if (usableBytes(s.dir()) < need + (1L << 30)) {
                rows.add(ResultRow.of("scale", Units.events(events)).put("status",
                        "skipped: needs " + need / 1_000_000 + " MB free in " + s.dir()).build());
                continue;
            }
            BenchFile f = BenchFiles.ensure(s.dir(), BenchLayout.FLOAT_BE, events, s.seed());
            rows.add(runVsScan(s, "scale", f, events >= 10_000_000 ? 1 : Math.max(1, Math.min(3, s.iterations()))));
        }
        return rows;
    }

    /** One 'apogate run DIR --threads 2' over many small files. */
    static List<ResultRow> batch(BenchSettings s) {
        int count = s.quick() ? 20 : 200;
        long events = s.eventsOr(100_000, 10_000);
        Path folder = s.dir().resolve("batch-" + count + "x" + Units.events(events));
        long totalEvents = 0;
        long totalBytes = 0;
        for (int i = 0; i < count; i++) {
            BenchFile f = BenchFiles.ensureFile(folder.resolve(String.format(Locale.ROOT, "sample-%03d.fcs", i)),
                    BenchLayout.FLOAT_BE, events, s.seed() + i);
            totalEvents += f.events();
            totalBytes += f.dataBytes();
        }
        double load = s.loadAverage();
        ResultRow.Builder row = ResultRow.of("batch", count + " files x " + Units.events(events) + " events, --threads 2");
        if (!jarPresent(s, row)) {
            return List.of(row.build());
        }
        // JVM start-up plus a tiny scan: what every separate process would pay per file
        ChildRun startup = ChildProcesses.run(scanCommand(s, folder.resolve("sample-000.fcs")),
                s.dir().resolve("logs").resolve("batch-startup.log"));
        ChildRun r = timedRun(s, "batch", folder, List.of("--threads", "2"), s.useLauncher(),
                s.dir().resolve("logs").resolve("batch-run.log"));
        if (!r.ok()) {
            return List.of(row.put("status", failure(r)).put("load", load).build());
        }
        double wall = r.wallNanos() / 1e9;
        return List.of(row.put("run via", via(s))
                .put("wall s", wall)
                .put("files/s", count / wall)
                .put("Mev/s", totalEvents / 1e6 / wall)
                .put("MB/s", totalBytes / 1e6 / wall)
                .put("ms/file", wall * 1000 / count)
                .put("JVM start ms", startup.wallNanos() / 1e6)
                .put("overhead ms/file", (wall - startup.wallNanos() / 1e9) * 1000 / count)
                .put("peak RSS MB", r.peakRssMb())
                .put("peak anon MB", r.peakAnonMb())
                .put("status", "ok")
                .put("load", load)
                .build());
    }

    private static ResultRow runVsScan(BenchSettings s, String suite, BenchFile f, int rounds) {
        double load = s.loadAverage();
        ResultRow.Builder row = ResultRow.of(suite, Units.events(f.events()) + " events, " + f.layout().label()
                + String.format(Locale.ROOT, " (%.0f MB)", f.megabytes()));
        long[] scan = new long[rounds];
        long[] decode = new long[rounds];
        long[] run = new long[rounds];
        long[] jarRun = new long[rounds];
        long scanRss = -1;
        long decodeRss = -1;
        long decodeAnon = -1;
        long runRss = -1;
        long runAnon = -1;
        String runStatus = jarPresent(s, row) ? "ok" : null;
        Path logs = s.dir().resolve("logs");
        String stem = suite + "-" + f.path().getFileName();
        for (int i = 0; i < rounds; i++) {
            ChildRun sc = ChildProcesses.run(scanCommand(s, f.path()), logs.resolve(stem + "-scan.log"));
            ChildRun dc = ChildProcesses.run(ChildProcesses.java(List.of("-Xmx256m"), s.childClasspath(),
                    DecodeMain.class.getName(), List.of(f.path().toString())), logs.resolve(stem + "-decode.log"));
            scan[i] = sc.ok() ? sc.wallNanos() : Long.MAX_VALUE;
            decode[i] = dc.ok() ? dc.wallNanos() : Long.MAX_VALUE;
            scanRss = Math.max(scanRss, sc.peakRssKb());
            decodeRss = Math.max(decodeRss, dc.peakRssKb());
            decodeAnon = Math.max(decodeAnon, dc.peakAnonKb());
            if ("ok".equals(runStatus)) {
                ChildRun r = timedRun(s, suite, f.path(), List.of(), s.useLauncher(), logs.resolve(stem + "-run.log"));
                run[i] = r.wallNanos();
                runRss = Math.max(runRss, r.peakRssKb());
                runAnon = Math.max(runAnon, r.peakAnonKb());
                runStatus = r.ok() ? runStatus : failure(r);
                if (s.useLauncher()) {
                    ChildRun j = timedRun(s, suite, f.path(), List.of(), false, logs.resolve(stem + "-jar-run.log"));
                    jarRun[i] = j.wallNanos();
                    runStatus = j.ok() ? runStatus : failure(j);
                }
            }
        }
        Timing scanT = Timing.of(scan);
        Timing decodeT = Timing.of(decode);
        row.put("scan s", scanT.medianSeconds()).put("scan RSS MB", scanRss / 1024.0)
                .put("decode s (-Xmx256m)", decodeT.medianSeconds()).put("decode RSS MB", decodeRss / 1024.0).put("decode anon MB", decodeAnon / 1024.0);
        if ("ok".equals(runStatus)) {
            Timing runT = Timing.of(run);
            row.put("run via", via(s))
                    .put("run s", runT.medianSeconds())
                    .put("run min s", runT.minSeconds())
                    .put("run/scan", (double) runT.medianNanos() / scanT.medianNanos())
                    .put("run RSS MB", runRss / 1024.0)
                    .put("run anon MB", runAnon / 1024.0)
                    .put("run ns/event", runT.medianNanos() / (double) f.events());
            if (s.useLauncher()) {
                Timing jarT = Timing.of(jarRun);
                row.put("java -jar s", jarT.medianSeconds())
                        .put("java -jar/scan", (double) jarT.medianNanos() / scanT.medianNanos());
            }
        }
        row.put("status", runStatus == null ? "run unavailable: no jar at " + s.jar() : runStatus);
        return row.put("rounds", rounds).put("load", load).build();
    }

    private static boolean jarPresent(BenchSettings s, ResultRow.Builder row) {
        if (s.jar() != null && Files.isRegularFile(s.jar())) {
            return true;
        }
        row.put("status", "unavailable: no jar at " + s.jar() + " (mvn -B -q -o package -DskipTests)");
        return false;
    }

    private static List<String> scanCommand(BenchSettings s, Path file) {
        return ChildProcesses.java(List.of(), s.childClasspath(), ScanMain.class.getName(), List.of(file.toString()));
    }

    private static String via(BenchSettings s) {
        return s.useLauncher() ? "./apogate" : "java -jar";
    }

    /**
     * One whole {@code apogate run INPUT --out <fresh folder>}, through the launcher script (told to
     * start this JVM's java on the bench's jar) or as {@code java -jar}. A run that exits 0 but
     * writes nothing counts as failed; the output folder is deleted afterwards.
     */
    private static ChildRun timedRun(BenchSettings s, String suite, Path input, List<String> extra, boolean launcher,
                                     Path log) {
        Path out = freshOut(s, suite);
        List<String> cmd = new ArrayList<>();
        Map<String, String> env = Map.of();
        if (launcher) {
            cmd.addAll(List.of("sh", s.launcher().toString()));
            env = Map.of("APOGATE_JAR", s.jar().toAbsolutePath().toString(),
                    "JAVA_HOME", System.getProperty("java.home"));
        } else {
            cmd.addAll(List.of(ChildProcesses.javaExecutable(), "-jar", s.jar().toString()));
        }
        cmd.addAll(List.of("run", input.toString(), "--out", out.toString()));
        cmd.addAll(extra);
        ChildRun r = ChildProcesses.run(cmd, env, log);
        boolean wrote = wroteSomething(out);
        deleteTree(out);
        return r.ok() && !wrote ? r.failedWith("run exited 0 but wrote nothing to " + out) : r;
    }

    private static boolean wroteSomething(Path out) {
        try (Stream<Path> files = Files.isDirectory(out) ? Files.list(out) : Stream.empty()) {
            return files.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private static String failure(ChildRun r) {
        String[] lines = r.outputTail().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return "run failed (exit " + r.exitCode() + "): " + (last.length() > 120 ? last.substring(0, 120) : last);
    }

    private static Path freshOut(BenchSettings s, String suite) {
        return s.dir().resolve("out").resolve(suite + "-" + System.nanoTime());
    }

    private static long usableBytes(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Removes a run's output folder so repeated rounds do not fill the disk. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
