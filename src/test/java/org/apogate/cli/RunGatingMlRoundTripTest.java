package org.apogate.cli;

import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.summaryRows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gates.xml written for each sample, applied to the same file by the Gating-ML evaluator
 * ({@code apogate gate}), reproduces the reported counts exactly, whatever the compensation source.
 */
class RunGatingMlRoundTripTest {
    private static final Path TESTDATA = Path.of("testdata");

    @TempDir
    Path tmp;

    @Test
    void keywordSpillover() {
        assertRoundTrip(tmp.resolve("kw"), "$SPILLOVER keyword");
    }

    @Test
    void compensationFromSingleStainControls() {
        Path cfg = tmp.resolve("controls.yaml");
        RunHarness.write(cfg, "version: 1\ncompensation:\n  source: controls\n");
        assertRoundTrip(tmp.resolve("ctl"), "control", "--config", cfg.toString());
    }

    @Test
    void compensationFromConfigMatrixFile() {
        Path cfg = tmp.resolve("file.yaml");
        RunHarness.write(tmp.resolve("spill.csv"), "FITC-A,PE-A\n1,0.21\n0.012,1\n");
        RunHarness.write(cfg, "version: 1\ncompensation:\n  source: file\n  file: spill.csv\n");
        assertRoundTrip(tmp.resolve("file"), "spill.csv", "--config", cfg.toString());
    }

    private void assertRoundTrip(Path out, String compensationSource, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", TESTDATA.toString(), "--samples",
                TESTDATA.resolve("samples.csv").toString(), "--out", out.toString(), "--threads", "2", "--no-plots"));
        args.addAll(List.of(extra));
        RunHarness.Result r = run(args);
        assertEquals(0, r.code(), r.err());
        List<Map<String, String>> rows = summaryRows(out);
        assertEquals(7, rows.size());
        for (Map<String, String> row : rows) {
            assertTrue(row.get("compensation_source").contains(compensationSource), row.get("compensation_source"));
            Path gates = out.resolve("samples").resolve(row.get("sample")).resolve("gates.xml");
            RunHarness.Result g = run("gate", "--gating-ml", gates.toString(), TESTDATA.resolve(row.get("file")).toString());
            assertEquals(0, g.code(), g.err());
            Map<String, Long> counts = gateCounts(g.out());
            String what = row.get("sample") + " (" + compensationSource + ")";
            assertEquals(Long.parseLong(row.get("events")) - Long.parseLong(row.get("debris")), counts.get("cells"), what);
            assertEquals(Long.parseLong(row.get("singlets")), counts.get("singlets"), what);
            assertEquals(Long.parseLong(row.get("live_count")), counts.get("live"), what);
            assertEquals(Long.parseLong(row.get("early_apoptotic_count")), counts.get("early_apoptotic"), what);
            assertEquals(Long.parseLong(row.get("late_apoptotic_count")), counts.get("late_apoptotic"), what);
            assertEquals(Long.parseLong(row.get("necrotic_count")), counts.get("necrotic"), what);
        }
    }

    /** gate id -> count from {@code apogate gate}'s tab-separated table. */
    private static Map<String, Long> gateCounts(String table) {
        Map<String, Long> m = new HashMap<>();
        for (String line : table.split("\\R")) {
            String[] f = line.split("\t");
            if (f.length == 5 && !f[0].equals("gate")) {
                m.put(f[0], Long.parseLong(f[2]));
            }
        }
        return m;
    }
}
