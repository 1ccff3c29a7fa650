package org.apogate.cli;

import static org.apogate.cli.RunHarness.bytes;
import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.simulate;
import static org.apogate.cli.RunHarness.summaryRows;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same results: across thread counts, re-runs and --resume (which must recompute what changed). */
class RunDeterminismTest {
    private static final Path TESTDATA = Path.of("testdata");

    @TempDir
    Path tmp;

    /** A private copy of testdata/ (so inputs can be changed) with its sample sheet. */
    private Path copyOfTestdata() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(TESTDATA)) {
            for (Path p : s.toList()) {
                Files.copy(p, in.resolve(p.getFileName().toString()));
            }
        }
        return in;
    }

    private static RunHarness.Result runTestdata(Path in, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", in.toString(), "--samples",
                in.resolve("samples.csv").toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        RunHarness.Result r = run(args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private static void assertSameSummaries(Path a, Path b) {
        assertArrayEquals(bytes(a.resolve("summary.csv")), bytes(b.resolve("summary.csv")), "summary.csv differs");
        assertArrayEquals(bytes(a.resolve("summary.json")), bytes(b.resolve("summary.json")), "summary.json differs");
    }

    /** run.json's record of the config's matrix file: its SHA-256. */
    private static String matrixSha(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("compensation_file_sha256").asText();
    }

    private static String sha256Of(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int resumedSamples(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("run.json").toFile()).get("resumed_samples").asInt();
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalOutputsAndReRunsAreStable() throws IOException {
        Path in = copyOfTestdata();
        Path one = tmp.resolve("t1");
        Path two = tmp.resolve("t2");
        runTestdata(in, one, "--threads", "1");
        runTestdata(in, two, "--threads", "2");
        assertSameSummaries(one, two);
        List<Map<String, String>> rows = summaryRows(one);
        assertEquals(7, rows.size());
        for (Map<String, String> row : rows) {
            Path g1 = one.resolve("samples").resolve(row.get("sample")).resolve("gates.xml");
            Path g2 = two.resolve("samples").resolve(row.get("sample")).resolve("gates.xml");
            assertArrayEquals(bytes(g1), bytes(g2), "gates.xml of " + row.get("sample"));
        }
        byte[] csvBefore = bytes(two.resolve("summary.csv"));
        byte[] jsonBefore = bytes(two.resolve("summary.json"));
        runTestdata(in, two, "--threads", "2");
        assertArrayEquals(csvBefore, bytes(two.resolve("summary.csv")), "re-run changed summary.csv");
        assertArrayEquals(jsonBefore, bytes(two.resolve("summary.json")), "re-run changed summary.json");
        assertEquals(0, resumedSamples(two), "without --resume nothing is resumed");
    }

    @Test
    void resumeSkipsUnchangedAndRecomputesChanged() throws IOException {
        Path in = copyOfTestdata();
        Path out = tmp.resolve("out");
        runTestdata(in, out, "--threads", "2");
        byte[] csv = bytes(out.resolve("summary.csv"));
        byte[] json = bytes(out.resolve("summary.json"));

        RunHarness.Result resumed = runTestdata(in, out, "--threads", "2", "--resume", "--log-format", "text");
        assertEquals(7, resumedSamples(out), resumed.err());
        assertEquals(7, resumed.errLines().stream().filter(l -> l.contains("(resumed)")).count(), resumed.err());
        assertArrayEquals(csv, bytes(out.resolve("summary.csv")), "resumed run changed summary.csv");
        assertArrayEquals(json, bytes(out.resolve("summary.json")), "resumed run changed summary.json");

        // a sample's input changes: only it is recomputed, and its row equals a fresh run's
        simulate(in.resolve("MM1S_len_5uM.fcs"),
                RunHarness.typical(20000, 777).withFractions(0.30, 0.30, 0.30, 0.10).named("changed"));
        RunHarness.Result partly = runTestdata(in, out, "--threads", "2", "--resume");
        assertEquals(6, resumedSamples(out), partly.err());
        assertTrue(partly.errLines().stream().anyMatch(l -> l.contains("MM1S_len_5uM.fcs") && !l.contains("(resumed)")
                && l.contains("status=")), partly.err());
        Path fresh = tmp.resolve("fresh");
        runTestdata(in, fresh, "--threads", "1");
        assertSameSummaries(fresh, out);
        assertNotEquals(new String(csv, java.nio.charset.StandardCharsets.UTF_8),
                RunHarness.read(out.resolve("summary.csv")), "the changed input must change its row");

        // a control tube changes: every sample of its group is recomputed
        simulate(in.resolve("MM1S_unstained.fcs"), RunHarness.typical(20000, 778).withStains(false, false).named("unstained 2"));
        runTestdata(in, out, "--threads", "2", "--resume");
        assertEquals(0, resumedSamples(out), "all tubes share the changed control's group");

        // the config changes: nothing is resumed
        Path cfg = tmp.resolve("seed.yaml");
        RunHarness.write(cfg, "version: 1\nseed: 42\n");
        runTestdata(in, out, "--threads", "2", "--resume");
        runTestdata(in, out, "--threads", "2", "--resume", "--config", cfg.toString());
        assertEquals(0, resumedSamples(out), "a new config hash recomputes every sample");
    }

    @Test
    void resumeRecomputesWhenTheConfigMatrixFileChanges() throws IOException {
        Path in = copyOfTestdata();
        Path out = tmp.resolve("out");
        Path matrix = tmp.resolve("spill.csv");
        Path cfg = tmp.resolve("file.yaml");
        RunHarness.write(matrix, "FITC-A,PE-A\n1,0.21\n0.012,1\n");
        RunHarness.write(cfg, "version: 1\ncompensation:\n  source: file\n  file: spill.csv\n");
        runTestdata(in, out, "--threads", "2", "--config", cfg.toString());
        String first = sha256Of(matrix);
        assertEquals(first, matrixSha(out), "run.json records the matrix file it used");
        RunHarness.write(matrix, "FITC-A,PE-A\n1,0.05\n0.012,1\n");
        runTestdata(in, out, "--threads", "2", "--config", cfg.toString(), "--resume");
        assertEquals(0, resumedSamples(out), "a changed compensation.file must recompute every sample");
        assertEquals(sha256Of(matrix), matrixSha(out));
        assertNotEquals(first, matrixSha(out));
        Path fresh = tmp.resolve("fresh");
        runTestdata(in, fresh, "--threads", "2", "--config", cfg.toString());
        assertSameSummaries(fresh, out);
    }

    @Test
    void resumeRecomputesSampleWhoseOutputsWereDeleted() throws IOException {
        Path in = copyOfTestdata();
        Path out = tmp.resolve("out");
        runTestdata(in, out, "--threads", "2");
        byte[] csv = bytes(out.resolve("summary.csv"));
        Path gates = out.resolve("samples/MM1S_len_1uM/gates.xml");
        byte[] gatesBefore = bytes(gates);
        Files.delete(gates);
        runTestdata(in, out, "--threads", "2", "--resume");
        assertTrue(Files.isRegularFile(gates), "a deleted gates.xml must be written again, not silently resumed");
        assertArrayEquals(gatesBefore, bytes(gates));
        assertEquals(6, resumedSamples(out));
        assertArrayEquals(csv, bytes(out.resolve("summary.csv")));
    }
}
