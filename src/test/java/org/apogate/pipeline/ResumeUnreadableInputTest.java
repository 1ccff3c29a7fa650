package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigWriter;
import org.apogate.fcs.ReadOptions;
import org.apogate.report.SampleStatus;
import org.apogate.report.SampleSummary;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedFcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --resume the input is hashed first; an input that cannot be read is one failed row, not a stopped batch. */
class ResumeUnreadableInputTest {
    @TempDir
    Path dir;

    @Test
    void aVanishedInputFailsAloneUnderResume() throws Exception {
        Path good = dir.resolve("good.fcs");
        SimulatedFcs.write(new ApoptosisSimulator().simulate(Scenario.typical(InstrumentStyle.BD, 5000, 3)), good);
        Path gone = dir.resolve("gone.fcs");
        Files.copy(good, gone);
        ApoGateConfig config = ApoGateConfig.defaults();
        Settings settings = new Settings(config, ConfigWriter.sha256(config), null, ReadOptions.defaults());
        List<SampleTask> tasks = TaskPlanner.plan(List.of(gone, good), null, settings);
        Files.delete(gone); // vanished between listing and analysis
        Path out = Files.createDirectories(dir.resolve("out"));
        for (boolean resume : new boolean[] {false, true}) {
            List<SampleSummary> rows = new BatchRunner(settings, 1, resume, false, BatchListener.NONE)
                    .run(tasks, out, false).summaries();
            assertEquals(SampleStatus.FAILED, rows.get(0).status(), "resume " + resume);
            assertTrue(rows.get(0).error().contains("gone.fcs"), rows.get(0).error());
            assertEquals(SampleStatus.OK, rows.get(1).status(), "resume " + resume);
        }
    }
}
