package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code apogate simulate}: the demo preset is testdata/ byte for byte; every file reads back and agrees with its truth. */
class SimulateCommandTest {
    private static final Path TESTDATA = Path.of("testdata");
    private static final String[] CLASSES = {"debris", "doublet", "live", "early", "late", "necrotic"};

    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return new Run(cl.execute(args), err.toString());
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }

    @Test
    void demoPresetReproducesTheBundledTestdata() throws IOException {
        Run r = run("simulate", "--out", tmp.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String[]> sheet = csv(TESTDATA.resolve("samples.csv"));
        assertEquals(8, sheet.size());
        for (String[] row : sheet.subList(1, sheet.size())) {
            assertArrayEquals(Files.readAllBytes(TESTDATA.resolve(row[0])), Files.readAllBytes(tmp.resolve(row[0])), row[0]);
        }
        assertEquals(Files.readString(TESTDATA.resolve("samples.csv")), Files.readString(tmp.resolve("samples.csv")));
        assertEquals(Files.readString(TESTDATA.resolve("truth.csv")), Files.readString(tmp.resolve("truth.csv")));
        checkTruth(tmp);
    }

    @Test
    void accuracySuiteForOneStyleReadsBackWithMatchingTruth() throws IOException {
        Run r = run("simulate", "--out", tmp.toString(), "--preset", "accuracy-suite", "--style", "attune",
                "--events", "1500", "--seed", "5", "--quiet");
        assertEquals(0, r.exit(), r.err());
        List<String[]> sheet = csv(tmp.resolve("samples.csv"));
        assertEquals(List.of("file", "role", "group"), List.of(sheet.get(0)));
        // 13 sample tubes + 2 x 2 single-stain control tubes
        assertEquals(17, sheet.size() - 1);
        Map<String, Integer> roles = new HashMap<>();
        for (String[] row : sheet.subList(1, sheet.size())) {
            roles.merge(row[1], 1, Integer::sum);
            assertTrue(row[0].startsWith("attune_"), row[0]);
            DataSet ds = FcsReader.open(tmp.resolve(row[0])).dataSet(0);
            assertEquals(1500, ds.eventCount(), row[0]);
            assertEquals("Attune NxT", ds.keywords().getOrNull("$CYT"));
            List<String> names = new ArrayList<>();
            for (Parameter p : ds.parameters()) {
                names.add(p.name());
            }
            assertTrue(names.containsAll(List.of("FSC-A", "SSC-A", "BL1-A", "BL2-A", "BL3-A", "RL1-A", "Time")), names.toString());
            assertEquals(row[0].contains("no_fsc_h"), !names.contains("FSC-H"), row[0]);
        }
        assertEquals(Map.of("sample", 13, "annexin_only", 2, "viability_only", 2), roles);
        checkTruth(tmp);
    }

    @Test
    void styleSeedAndEventsChangeTheDemo() throws IOException {
        Run r = run("simulate", "--out", tmp.toString(), "--style", "accuri", "--events", "800", "--seed", "7", "--quiet");
        assertEquals(0, r.exit(), r.err());
        DataSet ds = FcsReader.open(tmp.resolve("MM1S_untreated.fcs")).dataSet(0);
        assertEquals(800, ds.eventCount());
        assertEquals('I', ds.parameters().get(0).dataType());
        assertEquals("BD Accuri C6", ds.keywords().getOrNull("$CYT"));
        assertFalse(ds.keywords().contains("$SPILLOVER"), "Accuri files carry no spillover matrix");
        assertEquals("8", ds.keywords().getOrNull("APOGATE_SIM_SEED"));
        checkTruth(tmp);
    }

    @Test
    void badOptionsAreUsageErrors() {
        Run r = run("simulate", "--out", tmp.resolve("a").toString(), "--events", "0");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("--events"), r.err());
        r = run("simulate", "--out", tmp.resolve("b").toString(), "--preset", "nightly");
        assertEquals(ExitCodes.USAGE, r.exit(), r.err());
        assertTrue(r.err().contains("accuracy-suite"), r.err());
        assertFalse(Files.exists(tmp.resolve("a")));
    }

    /**
     * Every row of truth.csv: the file's event count equals the row's, the per-class counts sum to
     * it, and the per-event sidecar has one row per event with the same class counts.
     */
    private static void checkTruth(Path dir) throws IOException {
        List<String[]> truth = csv(dir.resolve("truth.csv"));
        List<String> header = List.of(truth.get(0));
        assertEquals(csv(dir.resolve("samples.csv")).size(), truth.size());
        for (String[] row : truth.subList(1, truth.size())) {
            long events = Long.parseLong(row[1]);
            assertEquals(events, FcsReader.open(dir.resolve(row[0])).dataSet(0).eventCount(), row[0]);
            long sum = 0;
            Map<String, Long> perClass = new HashMap<>();
            for (String c : CLASSES) {
                long n = Long.parseLong(row[header.indexOf(c)]);
                perClass.put(c, n);
                sum += n;
            }
            assertEquals(events, sum, row[0]);
            List<String[]> perEvent = csv(dir.resolve(row[0].replace(".fcs", ".truth.csv")));
            assertEquals(List.of("event", "class"), List.of(perEvent.get(0)));
            assertEquals(events, perEvent.size() - 1, row[0]);
            Map<String, Long> counted = new HashMap<>();
            for (String c : CLASSES) {
                counted.put(c, 0L);
            }
            for (int i = 1; i < perEvent.size(); i++) {
                assertEquals(String.valueOf(i - 1), perEvent.get(i)[0]);
                counted.merge(perEvent.get(i)[1], 1L, Long::sum);
            }
            assertEquals(perClass, counted, row[0]);
        }
    }
}
