package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate command against the Gating-ML compliance data: counts and event masks must match the truth files. */
class GateCommandTest {
    private static final String DIR = "flowkit/data/gate_ref";

    @TempDir
    Path tmp;

    /** {@code apogate gate ARGS}, as a user runs it. */
    private static RunHarness.Result run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "gate";
        System.arraycopy(args, 0, all, 1, args.length);
        return RunHarness.run(all);
    }

    private static List<String> truth(Path base, String id) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(base.resolve("truth/Results_" + id + ".txt"))) {
            if (!l.isBlank()) {
                lines.add(l.trim());
            }
        }
        return lines;
    }

    private static long ones(List<String> truth) {
        return truth.stream().filter("1"::equals).count();
    }

    /** The printed row of one gate: id, parent, count, % parent, % total. */
    private static String[] row(String out, String id) {
        for (String line : out.split("\\R")) {
            String[] f = line.split("\t");
            if (f[0].equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no row for " + id + " in\n" + out);
    }

    @Test
    void printsCountsAndWritesEventMasksMatchingTheTruth() throws IOException {
        Path base = Corpus.file(DIR);
        Path csv = tmp.resolve("events.csv");
        RunHarness.Result r = run("--gating-ml", base.resolve("gml/gml_parent_quadrant_rect_gate.xml").toString(),
                "--events", csv.toString(), base.resolve("data1.fcs").toString());
        assertEquals(0, r.code(), r.err());
        List<String> quadrant = truth(base, "FL2P-FL4P");
        List<String> child = truth(base, "ParQuadRect");
        String[] q = row(r.out(), "FL2P-FL4P");
        assertEquals("-", q[1]);
        assertEquals(Long.toString(ones(quadrant)), q[2]);
        String[] c = row(r.out(), "ParRectangle1");
        assertEquals("FL2P-FL4P", c[1]);
        assertEquals(Long.toString(ones(child)), c[2]);
        assertEquals(100.0 * ones(child) / ones(quadrant), Double.parseDouble(c[3]), 1e-4);
        assertEquals(100.0 * ones(child) / 13367, Double.parseDouble(c[4]), 1e-4);

        List<String> lines = Files.readAllLines(csv);
        assertEquals(13368, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("FL2P-FL4P", "FL2N-FL4P", "FL2N-FL4N", "FL2P-FL4N", "ParRectangle1"), header);
        int col = header.indexOf("ParRectangle1");
        for (int e = 0; e < 13367; e++) {
            assertEquals(child.get(e), lines.get(e + 1).split(",")[col], "event " + e);
        }
    }

    @Test
    void compCsvReplacesTheFileSpilloverForFcsReferences() throws IOException {
        Path base = Corpus.file(DIR);
        // Polygon1 gates FL2-H/FL3-H with compensation-ref="FCS"; with MySpill (the matrix Polygon4 names)
        // supplied as the file's spillover it must select exactly Polygon4's events.
        Path comp = tmp.resolve("comp.csv");
        Files.writeString(comp, "FL1-H,FL2-H,FL3-H\n1,0.02,0.06\n0.11,1,0.07\n0.09,0.01,1\n");
        Path csv = tmp.resolve("poly.csv");
        RunHarness.Result r = run("--gating-ml", base.resolve("gml/gml_poly1_gate.xml").toString(), "--comp", comp.toString(),
                "--events", csv.toString(), base.resolve("data1.fcs").toString());
        assertEquals(0, r.code(), r.err());
        List<String> expected = truth(base, "Polygon4");
        assertEquals(Long.toString(ones(expected)), row(r.out(), "Polygon1")[2]);
        List<String> lines = Files.readAllLines(csv);
        for (int e = 0; e < 13367; e++) {
            assertEquals(expected.get(e), lines.get(e + 1), "event " + e);
        }
    }

    @Test
    void aFailedFileIsReportedAndTheOthersAreStillGated() {
        Path base = Corpus.file(DIR);
        Path missing = tmp.resolve("missing.fcs");
        RunHarness.Result r = run("--gating-ml", base.resolve("gml/gml_range_gate.xml").toString(), missing.toString(),
                base.resolve("data1.fcs").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("missing.fcs"), r.err());
        assertTrue(r.out().contains("data1.fcs"), r.out());
        row(r.out(), "Range1");
    }

    @Test
    void aBadGateFileExitsWith3() throws IOException {
        Path bad = tmp.resolve("bad.xml");
        Files.writeString(bad, "<gating:Gating-ML xmlns:gating=\"http://www.isac-net.org/std/Gating-ML/v2.0/gating\">"
                + "<gating:RectangleGate gating:id=\"G\"/></gating:Gating-ML>");
        RunHarness.Result r = run("--gating-ml", bad.toString(), tmp.resolve("whatever.fcs").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("gate G"), r.err());
        RunHarness.Result missing = run("--gating-ml", tmp.resolve("nope.xml").toString(), tmp.resolve("whatever.fcs").toString());
        assertEquals(3, missing.code());
    }
}
