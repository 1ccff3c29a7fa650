package org.apogate.cli;

import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.rowsBySample;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.EventClass;
import org.apogate.simulate.SimulatedFcs;
import org.apogate.simulate.SimulatedSample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log lines for schedulers (--log-format json, --quiet) and what the sample sheet controls. */
class RunLogAndSheetTest {
    private static final Path TESTDATA = Path.of("testdata");

    @TempDir
    Path tmp;

    @Test
    void jsonLogHasOneObjectPerSample() throws IOException {
        RunHarness.Result r = run("run", TESTDATA.toString(), "--samples", TESTDATA.resolve("samples.csv").toString(),
                "--out", tmp.resolve("json").toString(), "--log-format", "json", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        ObjectMapper mapper = new ObjectMapper();
        int objects = 0;
        for (String line : r.errLines()) {
            if (line.startsWith("apogate: ")) {
                continue; // the closing summary line
            }
            JsonNode n = mapper.readTree(line);
            assertTrue(n.isObject(), line);
            assertEquals("ok", n.get("status").asText(), line);
            assertTrue(n.get("file").asText().endsWith(".fcs"), line);
            assertTrue(n.get("live_pct").isNumber(), line);
            assertEquals(7, n.get("total").asInt(), line);
            objects++;
        }
        assertEquals(7, objects, r.err());
        assertEquals("", r.out());
    }

    @Test
    void quietPrintsNothingOnSuccess() {
        RunHarness.Result r = run("run", TESTDATA.toString(), "--samples", TESTDATA.resolve("samples.csv").toString(),
                "--out", tmp.resolve("quiet").toString(), "--quiet", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals("", r.out());
    }

    @Test
    void quietStillReportsFailures() {
        Path in = tmp.resolve("in");
        RunHarness.simulate(in.resolve("ok.fcs"), 5000, 61);
        RunHarness.write(in.resolve("bad.fcs"), "garbage");
        RunHarness.Result r = run("run", in.toString(), "--out", tmp.resolve("quiet-bad").toString(), "--quiet");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).startsWith("apogate: failed: bad.fcs: "), r.err());
    }

    @Test
    void resumeRecomputesWhenTheSheetPinsAnotherChannel() throws IOException {
        Path in = tmp.resolve("pin-in");
        SimulatedFcs.write(new ApoptosisSimulator().simulate(RunHarness.typical(8000, 92).withLayout(true, 2, false)),
                Files.createDirectories(in).resolve("odd.fcs"));
        Path sheet = tmp.resolve("pins.csv");
        Path out = tmp.resolve("pin-out");
        RunHarness.write(sheet, "file,role,group,annexin_channel,viability_channel\nodd.fcs,sample,g,FITC-A,PE-A\n");
        RunHarness.Result first = run("run", in.toString(), "--samples", sheet.toString(), "--out", out.toString());
        assertEquals("PE-A", rowsBySample(out).get("odd").get("viability_channel"), first.err());
        RunHarness.write(sheet, "file,role,group,annexin_channel,viability_channel\nodd.fcs,sample,g,FITC-A,PerCP-Cy5-5-A\n");
        RunHarness.Result second = run("run", in.toString(), "--samples", sheet.toString(), "--out", out.toString(), "--resume");
        assertEquals("PerCP-Cy5-5-A", rowsBySample(out).get("odd").get("viability_channel"),
                "a changed channel pin must not be resumed: " + second.err());
        RunHarness.write(sheet, "file,role,group,annexin_channel,viability_channel\nodd.fcs,sample,g2,FITC-A,PerCP-Cy5-5-A\n");
        run("run", in.toString(), "--samples", sheet.toString(), "--out", out.toString(), "--resume");
        assertEquals("g2", rowsBySample(out).get("odd").get("group"), "a changed group must not be resumed");
    }

    @Test
    void sheetGivesControlRolesMetadataAndPinnedChannels() throws IOException {
        Path in = tmp.resolve("sheet-in");
        Files.createDirectories(in);
        try (Stream<Path> s = Files.list(TESTDATA)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".fcs")).toList()) {
                Files.copy(p, in.resolve(p.getFileName().toString()));
            }
        }
        // PI read in PerCP-Cy5-5-A and no stain names: only the sheet's pin says which channel is viability
        SimulatedSample odd = new ApoptosisSimulator().simulate(RunHarness.typical(20000, 91)
                .withLayout(true, 2, false).withFractions(0.5, 0.25, 0.2, 0.05).named("PI in PerCP"));
        SimulatedFcs.write(odd, in.resolve("odd_layout.fcs"));
        String sheet = "file,role,group,annexin_channel,viability_channel,treatment,dose_uM\n"
                + "MM1S_untreated.fcs,sample,MM1S,,,none,0\n"
                + "MM1S_len_1uM.fcs,sample,MM1S,,,lenalidomide,1\n"
                + "MM1S_len_5uM.fcs,sample,MM1S,,,lenalidomide,5\n"
                + "MM1S_len_10uM.fcs,sample,MM1S,,,\"lenalidomide, high\",10\n"
                + "MM1S_unstained.fcs,unstained,MM1S,,,,\n"
                + "MM1S_annexin_only.fcs,annexin_only,MM1S,,,,\n"
                + "MM1S_PI_only.fcs,viability_only,MM1S,,,,\n"
                + "odd_layout.fcs,sample,other,FITC-A,PerCP-Cy5-5-A,staurosporine,2\n";
        Path sheetFile = tmp.resolve("sheet.csv");
        RunHarness.write(sheetFile, sheet);
        Path out = tmp.resolve("sheet-out");
        RunHarness.Result r = run("run", in.toString(), "--samples", sheetFile.toString(), "--out", out.toString(), "--threads", "2");
        assertTrue(r.code() == 0 || r.code() == 1, r.err());
        Map<String, Map<String, String>> rows = rowsBySample(out);
        assertEquals(8, rows.size(), rows.keySet().toString());
        assertEquals("unstained", rows.get("MM1S_unstained").get("role"));
        assertEquals("annexin_only", rows.get("MM1S_annexin_only").get("role"));
        assertEquals("viability_only", rows.get("MM1S_PI_only").get("role"));
        assertEquals("sample", rows.get("MM1S_len_5uM").get("role"));
        for (Map<String, String> row : rows.values()) {
            assertTrue(List.of("ok", "flagged").contains(row.get("status")), row.toString());
        }
        assertEquals("lenalidomide", rows.get("MM1S_len_5uM").get("treatment"));
        assertEquals("5", rows.get("MM1S_len_5uM").get("dose_uM"));
        assertEquals("lenalidomide, high", rows.get("MM1S_len_10uM").get("treatment"));
        assertEquals("", rows.get("MM1S_unstained").get("treatment"));
        assertEquals("MM1S", rows.get("MM1S_untreated").get("group"));

        Map<String, String> pinned = rows.get("odd_layout");
        assertEquals("FITC-A", pinned.get("annexin_channel"));
        assertEquals("PerCP-Cy5-5-A", pinned.get("viability_channel"));
        assertEquals("other", pinned.get("group"));
        assertEquals("staurosporine", pinned.get("treatment"));
        // with the right channel the numbers are near the simulated truth
        Map<EventClass, Integer> truth = odd.counts();
        double cells = truth.get(EventClass.LIVE) + truth.get(EventClass.EARLY) + truth.get(EventClass.LATE)
                + truth.get(EventClass.NECROTIC);
        double trueLive = 100.0 * truth.get(EventClass.LIVE) / cells;
        double trueLate = 100.0 * truth.get(EventClass.LATE) / cells;
        assertEquals(trueLive, Double.parseDouble(pinned.get("live_pct")), 6.0, pinned.toString());
        assertEquals(trueLate, Double.parseDouble(pinned.get("late_apoptotic_pct")), 6.0, pinned.toString());

        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        boolean found = false;
        for (JsonNode s : json.get("samples")) {
            if (s.get("sample").asText().equals("MM1S_len_10uM")) {
                assertEquals("lenalidomide, high", s.get("metadata").get("treatment").asText(), s.toString());
                found = true;
            }
        }
        assertTrue(found);
    }
}
