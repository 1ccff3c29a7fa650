package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.fcs.AllEvents;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;
import org.apogate.gating.GateEvaluator;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;
import org.apogate.gatingml.GatingMlReader;
import org.apogate.gatingml.StandardTransforms;
import org.apogate.pipeline.Hashes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apogate run --export-populations} on a demo file: each exported file holds exactly the
 * summary's count of events, the source's raw values of the events the written gates.xml selects
 * (re-evaluated here independently of the run), the source keywords plus provenance, and gating the
 * export with the same gates.xml puts all of it in its population.
 */
class RunExportPopulationsTest {
    private static final Path SOURCE = Path.of("testdata/MM1S_len_5uM.fcs");
    private static final String[] POPULATIONS = {"live", "early_apoptotic", "late_apoptotic", "necrotic"};

    @TempDir
    Path tmp;

    private static List<String> names(DataSet ds) {
        List<String> names = new ArrayList<>();
        for (Parameter p : ds.parameters()) {
            names.add(p.name());
        }
        return names;
    }

    /** gates.xml evaluated on a file the way the pipeline reads values (decoded, gain-divided, file spillover). */
    private static GatingResult gate(GatingStrategy strategy, DataSet ds) {
        List<String> names = names(ds);
        var spill = SpilloverKeywords.fromKeywords(ds.keywords(), names).orElse(null);
        try (EventSource src = ds.openEvents(ValueScale.SCALED_WITH_GAIN, 4096)) {
            return new GateEvaluator(strategy, names, spill).evaluate(src);
        }
    }

    @Test
    void exportedPopulationsHoldTheGatedEventsOfTheSource() throws IOException {
        Path out = tmp.resolve("out");
        RunHarness.Result r = RunHarness.run("run", SOURCE.toString(), "--out", out.toString(), "--no-plots", "--threads", "1", "--quiet",
                "--export-populations", "live,early_apoptotic,late_apoptotic,necrotic");
        assertEquals(0, r.code(), r.err());
        JsonNode row = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("samples").get(0);
        Path dir = out.resolve("samples/MM1S_len_5uM");
        GatingStrategy strategy = new GatingMlReader(new StandardTransforms()).read(dir.resolve("gates.xml"));
        DataSet source = FcsReader.open(SOURCE).dataSet(0);
        GatingResult sourceGating = gate(strategy, source);
        double[][] sourceRaw = AllEvents.read(source, ValueScale.RAW);
        String sha = Hashes.sha256(SOURCE);
        long total = 0;
        for (String pop : POPULATIONS) {
            Path file = dir.resolve("MM1S_len_5uM_" + pop + ".fcs");
            DataSet exported = FcsReader.open(file).dataSet(0);
            long expected = row.get(pop + "_count").asLong();
            assertTrue(expected > 100, pop + " should not be trivially small: " + expected);
            assertEquals(expected, exported.eventCount(), pop + " events vs summary");
            total += exported.eventCount();

            BitSet members = sourceGating.membership(pop);
            assertEquals(expected, members.cardinality(), pop + " gates.xml on the source vs summary");
            double[][] got = AllEvents.read(exported, ValueScale.RAW);
            assertEquals(source.parameterCount(), got.length);
            for (int c = 0; c < got.length; c++) {
                double[] want = new double[members.cardinality()];
                int k = 0;
                for (int e = members.nextSetBit(0); e >= 0; e = members.nextSetBit(e + 1)) {
                    want[k++] = sourceRaw[c][e];
                }
                assertArrayEquals(want, got[c], pop + " channel " + source.parameters().get(c).name());
            }

            var kw = exported.keywords();
            assertEquals(pop, kw.getOrNull("APOGATE_POPULATION"));
            assertEquals("MM1S_len_5uM.fcs", kw.getOrNull("APOGATE_SOURCE_FILE"));
            assertEquals(sha, kw.getOrNull("APOGATE_SOURCE_SHA256"));
            assertEquals("cells/singlets/apoptosis:" + pop, kw.getOrNull("APOGATE_GATES"));
            assertEquals(row.get("annexin_threshold_raw").asDouble(),
                    Double.parseDouble(kw.getOrNull("APOGATE_ANNEXIN_THRESHOLD")), 1e-5);
            assertEquals(row.get("viability_threshold_raw").asDouble(),
                    Double.parseDouble(kw.getOrNull("APOGATE_VIABILITY_THRESHOLD")), 1e-5);
            assertTrue(kw.contains("APOGATE_VERSION"));
            assertEquals(source.keywords().getOrNull("$CYT"), kw.getOrNull("$CYT"));
            assertEquals(source.keywords().getOrNull("$SPILLOVER"), kw.getOrNull("$SPILLOVER"));
            assertEquals(source.keywords().getOrNull("$SRC"), kw.getOrNull("$SRC"));
            assertEquals("Annexin V-FITC", exported.parameters().get(exported.channelIndex("FITC-A")).stain());

            GatingResult again = gate(strategy, exported);
            assertEquals(exported.eventCount(), again.membership(pop).cardinality(), pop + " re-gated");
        }
        assertEquals(row.get("singlets").asLong(), total);
    }

    @Test
    void configChoosesPopulationsAndTheCommandLineWins() throws IOException {
        Path config = tmp.resolve("c.yaml");
        Files.writeString(config, "version: 1\noutput:\n  plots: false\n  export_populations: [necrotic]\n");
        Path a = tmp.resolve("a");
        RunHarness.Result r = RunHarness.run("run", SOURCE.toString(), "--out", a.toString(), "--config", config.toString(), "--threads", "1", "--quiet");
        assertEquals(0, r.code(), r.err());
        Path dirA = a.resolve("samples/MM1S_len_5uM");
        assertTrue(Files.exists(dirA.resolve("MM1S_len_5uM_necrotic.fcs")));
        assertFalse(Files.exists(dirA.resolve("MM1S_len_5uM_live.fcs")));

        Path b = tmp.resolve("b");
        r = RunHarness.run("run", SOURCE.toString(), "--out", b.toString(), "--config", config.toString(), "--threads", "1", "--quiet",
                "--export-populations", "LIVE");
        assertEquals(0, r.code(), r.err());
        Path dirB = b.resolve("samples/MM1S_len_5uM");
        assertTrue(Files.exists(dirB.resolve("MM1S_len_5uM_live.fcs")));
        assertFalse(Files.exists(dirB.resolve("MM1S_len_5uM_necrotic.fcs")));
        assertTrue(Files.readString(b.resolve("effective-config.yaml")).contains("live"));
    }

    @Test
    void unknownPopulationIsAUsageError() {
        RunHarness.Result r = RunHarness.run("run", SOURCE.toString(), "--out", tmp.resolve("x").toString(), "--export-populations", "live,dead");
        assertEquals(ExitCodes.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("dead"), r.err());
        assertFalse(Files.exists(tmp.resolve("x")));
    }
}
