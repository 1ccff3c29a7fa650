package org.apogate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.fcs.AllEvents;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.ValueScale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gating choices made in the config, through {@code apogate run}: fixed thresholds in raw units are
 * the quadrant lines (checked on the exported events' own values), and a switched-off singlet gate
 * keeps every cell.
 */
class RunConfigGatingTest {
    private static final Path SOURCE = Path.of("testdata/MM1S_len_5uM.fcs");

    @TempDir
    Path tmp;

    /** {@code apogate ARGS}, which must succeed. */
    private static void run(String... args) {
        RunHarness.Result r = RunHarness.run(args);
        assertEquals(0, r.code(), r.err());
    }

    private static JsonNode row(Path out) throws IOException {
        return new ObjectMapper().readTree(out.resolve("summary.json").toFile()).get("samples").get(0);
    }

    /** {min, max} of a channel over an exported file's events, on the gating scale. */
    private static double[] range(Path fcs, String channel) {
        DataSet ds = FcsReader.open(fcs).dataSet(0);
        int c = -1;
        for (int i = 0; i < ds.parameterCount(); i++) {
            if (ds.parameters().get(i).name().equals(channel)) {
                c = i;
            }
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : AllEvents.read(ds, ValueScale.SCALED_WITH_GAIN)[c]) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return new double[] {min, max};
    }

    @Test
    void fixedRawThresholdsAreTheQuadrantLines() throws IOException {
        Path cfg = tmp.resolve("fixed.yaml");
        // uncompensated, so the exported (raw) values are the values the thresholds cut
        Files.writeString(cfg, "version: 1\ncompensation:\n  source: none\ngating:\n  thresholds:\n    methods: [fixed]\n"
                + "    fixed:\n      annexin: 1200\n      viability: 900\n      units: raw\n");
        Path out = tmp.resolve("out");
        run("run", SOURCE.toString(), "--out", out.toString(), "--config", cfg.toString(), "--no-plots", "--quiet",
                "--export-populations", "live,early_apoptotic,late_apoptotic,necrotic");

        JsonNode row = row(out);
        assertEquals(1200, row.get("annexin_threshold_raw").asDouble(), 1e-9);
        assertEquals(900, row.get("viability_threshold_raw").asDouble(), 1e-9);
        assertTrue(row.get("threshold_method").asText().contains("annexin=fixed"), row.get("threshold_method").asText());
        assertTrue(row.get("threshold_method").asText().contains("viability=fixed"), row.get("threshold_method").asText());
        for (String pop : new String[] {"live", "early_apoptotic", "late_apoptotic", "necrotic"}) {
            assertTrue(row.get(pop + "_count").asLong() > 100, pop + " must not be empty, else its range says nothing");
        }
        String annexin = row.get("annexin_channel").asText();
        String viability = row.get("viability_channel").asText();
        Path dir = out.resolve("samples/MM1S_len_5uM");
        // a value on the line counts as positive (Gating-ML: the upper side)
        double[] liveA = range(dir.resolve("MM1S_len_5uM_live.fcs"), annexin);
        double[] liveV = range(dir.resolve("MM1S_len_5uM_live.fcs"), viability);
        double[] earlyA = range(dir.resolve("MM1S_len_5uM_early_apoptotic.fcs"), annexin);
        double[] earlyV = range(dir.resolve("MM1S_len_5uM_early_apoptotic.fcs"), viability);
        double[] lateA = range(dir.resolve("MM1S_len_5uM_late_apoptotic.fcs"), annexin);
        double[] lateV = range(dir.resolve("MM1S_len_5uM_late_apoptotic.fcs"), viability);
        double[] necA = range(dir.resolve("MM1S_len_5uM_necrotic.fcs"), annexin);
        double[] necV = range(dir.resolve("MM1S_len_5uM_necrotic.fcs"), viability);
        assertTrue(liveA[1] < 1200 && liveV[1] < 900, "live");
        assertTrue(earlyA[0] >= 1200 && earlyV[1] < 900, "early apoptotic");
        assertTrue(lateA[0] >= 1200 && lateV[0] >= 900, "late apoptotic");
        assertTrue(necA[1] < 1200 && necV[0] >= 900, "necrotic");
        long quadrants = row.get("live_count").asLong() + row.get("early_apoptotic_count").asLong()
                + row.get("late_apoptotic_count").asLong() + row.get("necrotic_count").asLong();
        assertEquals(row.get("singlets").asLong(), quadrants, "the four quadrants share out the singlets");
    }

    @Test
    void aSwitchedOffSingletGateKeepsEveryCell() throws IOException {
        Path cfg = tmp.resolve("nosinglets.yaml");
        Files.writeString(cfg, "version: 1\ngating:\n  singlets:\n    enabled: false\n");
        Path off = tmp.resolve("off");
        Path on = tmp.resolve("on");
        run("run", SOURCE.toString(), "--out", off.toString(), "--config", cfg.toString(), "--no-plots", "--quiet");
        run("run", SOURCE.toString(), "--out", on.toString(), "--no-plots", "--quiet");

        JsonNode without = row(off);
        JsonNode with = row(on);
        assertEquals(0, without.get("doublets").asLong());
        assertEquals(without.get("events").asLong() - without.get("debris").asLong(), without.get("singlets").asLong());
        assertTrue(with.get("doublets").asLong() > 0, "the demo tube has doublets when the gate is on");
        assertEquals(with.get("debris").asLong(), without.get("debris").asLong(), "debris does not depend on the singlet gate");
        assertTrue(without.get("warnings").toString().contains("singlet gate disabled in config"), without.get("warnings").toString());
        assertTrue(without.get("flags").toString().contains("no_singlet_gate"), without.get("flags").toString());
        assertEquals("ok", without.get("status").asText(), "an informational flag: the sample is not flagged");
    }

    @Test
    void methodsAreTriedInOrderAndNoneApplyingFailsTheSample() throws IOException {
        // controls first: a sample without control tubes falls through to the fixed thresholds
        Path cfg = tmp.resolve("order.yaml");
        Files.writeString(cfg, "version: 1\ngating:\n  thresholds:\n    methods: [controls, fixed]\n"
                + "    fixed:\n      annexin: 0.4\n      viability: 0.45\n      units: transformed\n");
        Path out = tmp.resolve("order");
        run("run", SOURCE.toString(), "--out", out.toString(), "--config", cfg.toString(), "--no-plots", "--quiet");
        JsonNode row = row(out);
        assertEquals("annexin=fixed;viability=fixed", row.get("threshold_method").asText());
        assertEquals(0.4, row.get("annexin_threshold_transformed").asDouble(), 1e-9);
        assertEquals(0.45, row.get("viability_threshold_transformed").asDouble(), 1e-9);

        // controls only, and no control tubes: a failed row naming the axis and the methods, exit 1
        Path only = tmp.resolve("only.yaml");
        Files.writeString(only, "version: 1\ngating:\n  thresholds:\n    methods: [controls]\n");
        Path failed = tmp.resolve("failed");
        RunHarness.Result r = RunHarness.run("run", SOURCE.toString(), "--out", failed.toString(),
                "--config", only.toString(), "--no-plots", "--quiet");
        assertEquals(ExitCodes.SOME_FAILED, r.code(), r.err());
        JsonNode bad = row(failed);
        assertEquals("failed", bad.get("status").asText());
        assertTrue(bad.get("error").asText().contains("annexin threshold") && bad.get("error").asText().contains("CONTROLS"),
                bad.get("error").asText());
    }
}
