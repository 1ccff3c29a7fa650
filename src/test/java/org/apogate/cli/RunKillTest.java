package org.apogate.cli;

import static org.apogate.cli.RunHarness.bytes;
import static org.apogate.cli.RunHarness.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apogate.report.AtomicFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code apogate run} in a child JVM, killed with SIGKILL at several moments: whatever it left
 * must be complete files (or temp files that are never taken for output), a concurrent run must be
 * refused while it runs, and --resume must then finish with the results of an uninterrupted run.
 */
class RunKillTest {
    private static final int FILES = 40;
    private static final Set<String> SAMPLE_FILES = Set.of("gates.xml", "result.json", "scatter.png", "singlets.png",
            "quadrants.png");
    private static final Set<String> RUN_FILES = Set.of("summary.csv", "summary.json", "report.html", "run.json",
            "effective-config.yaml", ".apogate.lock", "samples");

    @TempDir
    static Path tmp;
    static Path in;

    @BeforeAll
    static void inputs() {
        in = tmp.resolve("in");
        for (int i = 0; i < FILES; i++) {
            RunHarness.simulate(in.resolve(String.format("tube_%02d.fcs", i)),
                    RunHarness.typical(20000, 1000 + i).withFractions(0.4 + 0.01 * i, 0.3, 0.2, 0.1).named("tube " + i));
        }
    }

    private static Process startChild(Path out) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "org.apogate.cli.Main", "run", in.toString(), "--out", out.toString(), "--threads", "2", "--resume",
                "--log-format", "text")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    /** Reads the child's per-sample lines until {@code lines} have appeared (or it ends), then SIGKILLs it. */
    private static int killAfter(Process child, int lines, Runnable whileRunning) throws Exception {
        int seen = 0;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < lines && (line = err.readLine()) != null) {
                if (line.contains(" apogate [")) {
                    seen++;
                    if (seen == 1 && whileRunning != null) {
                        whileRunning.run();
                    }
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL, also when an assertion above failed
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
        return seen;
    }

    @Test
    void killedRunsLeaveOnlyCompleteFilesAndResumeFinishesTheJob() throws Exception {
        Path out = tmp.resolve("killed");
        Path reference = tmp.resolve("reference");
        int[] moments = {0, 1, 12, 30, FILES};
        for (int k : moments) {
            Process child = startChild(out);
            Runnable concurrent = k == 1 ? () -> {
                RunHarness.Result second = run("run", in.toString(), "--out", out.toString(), "--threads", "1");
                assertEquals(5, second.code(), second.err());
                assertTrue(second.err().contains("is in use by another apogate run (pid " + child.pid()), second.err());
                assertEquals(1, second.errLines().size(), second.err());
            } : null;
            killAfter(child, k, concurrent);
            assertOnlyCompleteOutputs(out);
        }
        RunHarness.Result finish = run("run", in.toString(), "--out", out.toString(), "--threads", "2", "--resume");
        assertEquals(0, finish.code(), finish.err());
        assertTrue(finish.err().contains("(resumed)"), "the killed runs' finished samples are reused");
        RunHarness.Result clean = run("run", in.toString(), "--out", reference.toString(), "--threads", "2");
        assertEquals(0, clean.code(), clean.err());
        assertArrayEquals(bytes(reference.resolve("summary.csv")), bytes(out.resolve("summary.csv")));
        assertArrayEquals(bytes(reference.resolve("summary.json")), bytes(out.resolve("summary.json")));
        assertOnlyCompleteOutputs(out);
        try (Stream<Path> s = Files.walk(out)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList(),
                    "temp files of killed runs are cleaned by the next run");
        }
        assertEquals(FILES, RunHarness.summaryRows(out).size());
    }

    private static void assertOnlyCompleteOutputs(Path out) throws Exception {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> s = Files.walk(out)) {
            all = s.filter(Files::isRegularFile).toList();
        }
        List<String> unexpected = new ArrayList<>();
        for (Path f : all) {
            String name = f.getFileName().toString();
            if (name.startsWith(AtomicFiles.TEMP_PREFIX)) {
                continue; // a temp file: never under an output's name
            }
            boolean inSample = f.getParent().getParent() != null && f.getParent().getParent().getFileName().toString().equals("samples");
            if (!(inSample ? SAMPLE_FILES : RUN_FILES).contains(name)) {
                unexpected.add(out.relativize(f).toString());
            }
            switch (name) {
                case "summary.csv" -> assertWholeCsv(f);
                case "report.html" -> assertTrue(RunHarness.read(f).stripTrailing().endsWith("</html>"), "truncated " + f);
                case "gates.xml" -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(f.toFile());
                case "summary.json", "run.json", "result.json" -> new com.fasterxml.jackson.databind.ObjectMapper().readTree(f.toFile());
                case "scatter.png", "singlets.png", "quadrants.png" -> assertPng(f);
                default -> { }
            }
        }
        assertEquals(List.of(), unexpected, "files that are neither outputs nor temp files");
    }

    private static void assertWholeCsv(Path f) {
        String text = RunHarness.read(f);
        assertTrue(text.endsWith("\r\n"), "summary.csv ends mid-record");
        List<List<String>> records = Csv4180.parse(text);
        for (List<String> r : records) {
            assertEquals(records.get(0).size(), r.size(), "short record in " + f);
        }
    }

    private static void assertPng(Path f) throws IOException {
        byte[] b = bytes(f);
        assertTrue(b.length > 12, "empty " + f);
        byte[] iend = {'I', 'E', 'N', 'D'};
        byte[] tail = java.util.Arrays.copyOfRange(b, b.length - 8, b.length - 4);
        assertArrayEquals(iend, tail, "PNG without IEND chunk: " + f);
        assertFalse(javax.imageio.ImageIO.read(f.toFile()) == null, "unreadable " + f);
    }
}
