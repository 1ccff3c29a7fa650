package org.apogate.cli;

import static org.apogate.cli.RunHarness.rowsBySample;
import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.simulate;
import static org.apogate.cli.RunHarness.typical;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sample gated without compensation it did not decline is flagged; declared or compensated ones are not. */
class RunCompensationFlagTest {
    @TempDir
    Path tmp;

    @Test
    void onlyTheSampleWithNoMatrixAnywhereIsFlaggedUncompensated() throws Exception {
        Path in = tmp.resolve("in");
        simulate(in.resolve("with_spill.fcs"), typical(20_000, 3).named("with_spill.fcs"));
        simulate(in.resolve("no_spill.fcs"), typical(20_000, 4).withSpillover(1, false).named("no_spill.fcs"));
        Path out = tmp.resolve("out");
        assertEquals(ExitCodes.OK, run("run", in.toString(), "--out", out.toString(), "--quiet").code());
        Map<String, Map<String, String>> rows = rowsBySample(out);
        Map<String, String> bare = rows.get("no_spill");
        assertTrue(bare.get("flags").contains("uncompensated"), bare.toString());
        assertEquals("flagged", bare.get("status"));
        assertTrue(bare.get("compensation_source").startsWith("none"), bare.get("compensation_source"));
        Map<String, String> compensated = rows.get("with_spill");
        assertFalse(compensated.get("flags").contains("uncompensated"), compensated.toString());

        // declining compensation in the config is a choice, not a problem
        Path config = tmp.resolve("none.yaml");
        Files.writeString(config, "compensation:\n  source: none\n");
        Path out2 = tmp.resolve("out2");
        assertEquals(ExitCodes.OK, run("run", in.resolve("no_spill.fcs").toString(), "--config", config.toString(),
                "--out", out2.toString(), "--quiet").code());
        Map<String, String> declined = rowsBySample(out2).get("no_spill");
        assertFalse(declined.get("flags").contains("uncompensated"), declined.toString());
        assertEquals("none (config)", declined.get("compensation_source"));
    }
}
