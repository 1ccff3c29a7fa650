package org.apogate.cli;

import static org.apogate.cli.RunHarness.bytes;
import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.simulate;
import static org.apogate.cli.RunHarness.summaryRows;
import static org.apogate.cli.RunHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.WriterChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a run takes (folders, globs, case, duplicates, odd names) and how it survives bad ones. */
class RunInputsTest {
    @TempDir
    Path tmp;

    @Test
    void corruptInputsGiveFailedRowsAndGoodOnesKeepTheirNumbers() throws IOException {
        Path good = tmp.resolve("good");
        simulate(good.resolve("s1.fcs"), 8000, 21);
        simulate(good.resolve("s2.fcs"), 8000, 22);
        Path mixed = tmp.resolve("mixed");
        Files.createDirectories(mixed);
        Files.copy(good.resolve("s1.fcs"), mixed.resolve("s1.fcs"));
        Files.copy(good.resolve("s2.fcs"), mixed.resolve("s2.fcs"));
        byte[] whole = bytes(good.resolve("s1.fcs"));
        Files.write(mixed.resolve("truncated.fcs"), java.util.Arrays.copyOf(whole, 400)); // cut inside TEXT
        byte[] random = new byte[20000];
        new SplittableRandom(5).nextBytes(random);
        Files.write(mixed.resolve("random.fcs"), random);
        write(mixed.resolve("webpage.fcs"), "<!DOCTYPE html>\n<html><head><title>Download</title></head><body>"
                + "<p>Session expired</p></body></html>\n");
        writeScatterOnly(mixed.resolve("scatter_only.fcs"));

        RunHarness.Result alone = run("run", good.toString(), "--out", tmp.resolve("out-good").toString(), "--threads", "2");
        assertEquals(0, alone.code(), alone.err());
        RunHarness.Result r = run("run", mixed.toString(), "--out", tmp.resolve("out-mixed").toString(), "--threads", "2");
        assertEquals(1, r.code(), r.err());

        List<Map<String, String>> rows = summaryRows(tmp.resolve("out-mixed"));
        List<String> files = rows.stream().map(m -> m.get("file")).toList();
        assertEquals(List.of("random.fcs", "s1.fcs", "s2.fcs", "scatter_only.fcs", "truncated.fcs", "webpage.fcs"), files);
        for (Map<String, String> row : rows) {
            boolean bad = !row.get("file").startsWith("s1") && !row.get("file").startsWith("s2");
            if (bad) {
                assertEquals("failed", row.get("status"), row.toString());
                String error = row.get("error");
                assertFalse(error.isBlank(), row.toString());
                assertFalse(error.contains("\n") || error.contains("\r"), "one-line error: " + error);
                assertFalse(error.startsWith("internal error"), "bad input is not an internal error: " + error);
                assertTrue(r.err().contains("apogate: failed: " + row.get("file") + ": " + error), r.err());
            }
        }
        List<Map<String, String>> goodRows = summaryRows(tmp.resolve("out-good"));
        assertEquals(goodRows.get(0), rows.get(1), "s1 row must not depend on the bad files beside it");
        assertEquals(goodRows.get(1), rows.get(2), "s2 row must not depend on the bad files beside it");

        JsonNode json = new ObjectMapper().readTree(tmp.resolve("out-mixed/summary.json").toFile());
        JsonNode samples = json.get("samples");
        assertEquals(6, samples.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(files.get(i), samples.get(i).get("file").asText());
            assertEquals(rows.get(i).get("status"), samples.get(i).get("status").asText());
            if ("failed".equals(rows.get(i).get("status"))) {
                assertEquals(rows.get(i).get("error"), samples.get(i).get("error").asText());
            }
        }
        // a row per input in the report too, and the failed reason shown there
        String html = RunHarness.read(tmp.resolve("out-mixed/report.html"));
        for (Map<String, String> row : rows) {
            assertTrue(html.contains(row.get("sample")), row.get("sample"));
        }
    }

    /**
     * Cut inside DATA: the default LENIENT reading recovers the complete events and says so in the row's
     * warnings; --stringency strict makes it a failed row.
     */
    @Test
    void truncatedDataIsWarnedLenientlyAndFailsStrictly() throws IOException {
        Path in = tmp.resolve("trunc");
        Path full = simulate(tmp.resolve("full.fcs"), 8000, 23);
        byte[] whole = bytes(full);
        Files.createDirectories(in);
        Files.write(in.resolve("cut.fcs"), java.util.Arrays.copyOf(whole, whole.length / 2));
        RunHarness.Result lenient = run("run", in.toString(), "--out", tmp.resolve("lenient").toString(), "--threads", "1");
        Map<String, String> row = summaryRows(tmp.resolve("lenient")).get(0);
        assertTrue(row.get("warnings").contains("file is truncated"), row.toString());
        assertTrue(Long.parseLong(row.get("events")) < 8000, row.toString());
        assertEquals("flagged", row.get("status"), row.toString());
        assertTrue(row.get("flags").contains("truncated_data"), row.toString());
        assertEquals(0, lenient.code(), lenient.err());
        RunHarness.Result strict = run("run", in.toString(), "--out", tmp.resolve("strict").toString(), "--threads", "1",
                "--stringency", "STRICT");
        assertEquals(1, strict.code(), strict.err());
        Map<String, String> failed = summaryRows(tmp.resolve("strict")).get(0);
        assertEquals("failed", failed.get("status"), failed.toString());
        assertFalse(failed.get("error").isBlank());
        // the lenient result must not be resumed under strict reading
        RunHarness.Result resumed = run("run", in.toString(), "--out", tmp.resolve("lenient").toString(), "--threads", "1",
                "--stringency", "STRICT", "--resume");
        assertEquals(1, resumed.code(), resumed.err());
        assertEquals("failed", summaryRows(tmp.resolve("lenient")).get(0).get("status"));
    }

    /** A valid FCS file with scatter and time but nothing that could be an Annexin channel. */
    private static void writeScatterOnly(Path f) {
        int n = 5000;
        SplittableRandom rnd = new SplittableRandom(3);
        double[][] cols = new double[4][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = 50000 + 10000 * rnd.nextGaussian();
            cols[1][i] = cols[0][i] / 1.2;
            cols[2][i] = 30000 + 8000 * rnd.nextGaussian();
            cols[3][i] = i;
        }
        FcsWriter.write(f, List.of(WriterChannel.of("FSC-A", 262144), WriterChannel.of("FSC-H", 262144),
                WriterChannel.of("SSC-A", 262144), WriterChannel.of("Time", 262144)), Map.of(), cols);
    }

    @Test
    void foldersGlobsCaseDuplicatesAndOddNames() throws IOException {
        Path in = tmp.resolve("in put ü");
        simulate(in.resolve("deep/er/Z_upper.FCS"), 5000, 31);
        simulate(in.resolve("beckman.LmD"), 5000, 32);
        simulate(in.resolve("échantillon µ 1.fcs"), 5000, 33);
        simulate(in.resolve("with space.fcs"), 5000, 34);
        write(in.resolve("notes.txt"), "not an input\n");
        write(in.resolve("deep/readme.md"), "not an input\n");
        Path other = tmp.resolve("other");
        simulate(other.resolve("x1.fcs"), 5000, 35);
        simulate(other.resolve("x2.fcs"), 5000, 36);
        simulate(other.resolve("y.fcs"), 5000, 37);

        Path out = tmp.resolve("out dir ß/résultats");
        RunHarness.Result r = run("run", in.toString(), in.resolve("with space.fcs").toString(), in.toString(),
                other.resolve("x*.fcs").toString(), other.resolve("x1.fcs").toString(),
                "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());

        List<Path> expected = new ArrayList<>(List.of(in.resolve("deep/er/Z_upper.FCS"), in.resolve("beckman.LmD"),
                in.resolve("échantillon µ 1.fcs"), in.resolve("with space.fcs"), other.resolve("x1.fcs"), other.resolve("x2.fcs")));
        expected.sort(java.util.Comparator.comparing(p -> p.toAbsolutePath().normalize().toString()));
        List<Map<String, String>> rows = summaryRows(out);
        assertEquals(expected.stream().map(p -> p.getFileName().toString()).toList(),
                rows.stream().map(m -> m.get("file")).toList(), "each input once, sorted by path; y.fcs not matched");
        for (Map<String, String> row : rows) {
            assertEquals("ok", row.get("status"), row.toString());
            Path gates = out.resolve("samples").resolve(row.get("sample")).resolve("gates.xml");
            assertTrue(Files.isRegularFile(gates), gates.toString());
        }
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals(6, run.get("inputs").size());
        for (int i = 0; i < 6; i++) {
            JsonNode input = run.get("inputs").get(i);
            assertEquals(expected.get(i).toAbsolutePath().normalize().toString(), input.get("file").asText());
            if ("ok".equals(input.get("status").asText())) {
                // the stages of an analysed sample add up to (at most) its wall time
                JsonNode stages = input.get("stage_seconds");
                double sum = 0;
                for (String stage : java.util.List.of("read", "fit", "count", "outputs")) {
                    assertTrue(stages.get(stage).asDouble() >= 0, stage + " in " + stages);
                    sum += stages.get(stage).asDouble();
                }
                assertTrue(sum <= input.get("seconds").asDouble() + 1e-6, stages + " vs " + input.get("seconds"));
            }
        }
        assertNotNull(run.get("resumed_samples"));
    }

    @Test
    void doubleStarGlobMatchesZeroOrMoreFolders() {
        Path d = tmp.resolve("d");
        simulate(d.resolve("top.fcs"), 5000, 51);
        simulate(d.resolve("sub/deep.fcs"), 5000, 52);
        simulate(d.resolve("sub/deeper/deepest.fcs"), 5000, 53);
        simulate(d.resolve("sub/other.lmd"), 5000, 54);
        Path out = tmp.resolve("out-glob");
        RunHarness.Result r = run("run", d + "/**/*.fcs", "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("deep.fcs", "deepest.fcs", "top.fcs"),
                summaryRows(out).stream().map(m -> m.get("file")).toList());
    }

    @Test
    void sameFileNameInTwoFoldersGetsTwoOutputFolders() {
        simulate(tmp.resolve("day1/tube.fcs"), 5000, 41);
        simulate(tmp.resolve("day2/tube.fcs"), 5000, 42);
        Path out = tmp.resolve("out");
        RunHarness.Result r = run("run", tmp.resolve("day1").toString(), tmp.resolve("day2").toString(),
                "--out", out.toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = summaryRows(out);
        assertEquals(2, rows.size());
        assertFalse(rows.get(0).get("sample").equals(rows.get(1).get("sample")), rows.toString());
        assertFalse(rows.get(0).get("input_sha256").equals(rows.get(1).get("input_sha256")));
        for (Map<String, String> row : rows) {
            assertTrue(Files.isRegularFile(out.resolve("samples").resolve(row.get("sample")).resolve("gates.xml")));
        }
    }
}
