package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apogate info} and {@code apogate export} against the independent oracle of the shared corpus. */
class InfoExportCommandTest {
    private static final String ARIA = "flowio/data/fcs_files/100715.fcs";
    private static final String LMD = "flowio/data/fcs_files/coulter.lmd";
    private static final String CORRUPT = "fcsparser/fcsparser/tests/data/FlowCytometers/corrupted/corrupted.fcs";

    @TempDir
    Path dir;

    private static JsonNode oracle(String path, int dataSet) throws Exception {
        for (JsonNode f : new ObjectMapper().readTree(Corpus.file("oracle.json").toFile())) {
            if (f.get("path").asText().equals(path)) {
                return f.get("datasets").get(dataSet).get("oracle");
            }
        }
        throw new AssertionError("no oracle entry for " + path);
    }

    @Test
    void exportWritesFloatsInShortestFormAndMatchesTheOracle() throws Exception {
        Path out = dir.resolve("aria.csv");
        RunHarness.Result r = RunHarness.run("export", Corpus.file(ARIA).toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        JsonNode o = oracle(ARIA, 0);
        assertEquals(o.get("events").asInt() + 1, lines.size(), "header + one row per event");
        assertEquals("FSC-A", lines.get(0).split(",")[0]);
        for (int row = 0; row < 3; row++) {
            assertRow(o.get("first_rows").get(row), lines.get(row + 1).split(","), true);
        }
        assertRow(o.get("last_row"), lines.get(lines.size() - 1).split(","), true);
    }

    @Test
    void exportOfTheSecondLmdDataSetWritesIntegersAsIntegersAsTsv() throws Exception {
        RunHarness.Result r = RunHarness.run("export", Corpus.file(LMD).toString(), "--dataset", "2", "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        JsonNode o = oracle(LMD, 1);
        assertEquals(o.get("events").asInt() + 1, lines.length);
        assertEquals("FS\tSS\tFL1\tFL2\tFL3\tFL4\tFL5\tTIME", lines[0]);
        for (int row = 0; row < 3; row++) {
            String[] cells = lines[row + 1].split("\t");
            for (String c : cells) {
                assertTrue(c.matches("-?\\d+"), "integer data printed as integers: " + c);
            }
            assertRow(o.get("first_rows").get(row), cells, false);
        }
        RunHarness.Result bad = RunHarness.run("export", Corpus.file(LMD).toString(), "--dataset", "3");
        assertEquals(ExitCodes.USAGE, bad.code());
        assertTrue(bad.err().contains("2 data set"), bad.err());
    }

    private static void assertRow(JsonNode expected, String[] cells, boolean floats) {
        assertEquals(expected.size(), cells.length);
        for (int c = 0; c < cells.length; c++) {
            double want = expected.get(c).asDouble();
            if (floats) {
                float f = Float.parseFloat(cells[c]);
                assertEquals((float) want, f, "column " + c);
                // Shortest: dropping the last significant digit no longer reads back to the same float.
                String s = cells[c];
                if (s.contains(".") && s.length() > 2) {
                    String shorter = s.substring(0, s.length() - 1);
                    assertFalse(!shorter.endsWith(".") && Float.parseFloat(shorter) == f, "not shortest: " + s);
                }
            } else {
                assertEquals((long) want, Long.parseLong(cells[c]), "column " + c);
            }
        }
    }

    @Test
    void infoShowsGoodFilesAndReportsTheUnreadableOneWithExitCodeOne() throws Exception {
        RunHarness.Result r = RunHarness.run("info", Corpus.file(LMD).toString(), Corpus.file(CORRUPT).toString());
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        assertTrue(r.out().contains("2 data sets"), r.out());
        assertTrue(r.out().contains("Cytomics FC 500"), r.out());
        assertTrue(r.out().contains("$DFCiTOj"), "spillover keyword shown: " + r.out());
        String[] errLines = r.err().strip().split("\n");
        assertEquals(1, errLines.length, r.err());
        assertTrue(errLines[0].contains("corrupted.fcs") && errLines[0].contains("byte"), errLines[0]);

        RunHarness.Result json = RunHarness.run("info", "--json", Corpus.file(LMD).toString(), Corpus.file(CORRUPT).toString());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertEquals(1, doc.get("schema_version").asInt());
        JsonNode lmd = doc.get("files").get(0);
        assertEquals(2, lmd.get("data_sets").size());
        assertEquals(oracle(LMD, 0).get("events").asLong(), lmd.get("data_sets").get(0).get("events").asLong());
        assertEquals("FS Lin", lmd.get("data_sets").get(0).get("channels").get(0).get("name").asText());
        assertTrue(lmd.get("data_sets").get(0).get("warnings").size() > 0, "off-by-one DATA end reported");
        assertFalse(doc.get("files").get(1).get("error").isNull());
    }
}
