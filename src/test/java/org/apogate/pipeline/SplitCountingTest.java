package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigWriter;
import org.apogate.fcs.ReadOptions;
import org.apogate.report.SampleSummary;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedFcs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file read alone is counted in parts on two threads; the summary must be exactly that of
 * one thread reading it whole (memberships, flow-rate profile and saturation all merge exactly).
 */
class SplitCountingTest {
    @TempDir
    Path dir;

    @Test
    void twoThreadsOnOneLargeFileGiveTheSameRowAsOne() throws Exception {
        Path file = dir.resolve("large.fcs");
        SimulatedFcs.write(new ApoptosisSimulator().simulate(
                Scenario.typical(InstrumentStyle.BD, 2_300_000, 17).withTimeAnomaly(true)), file);
        ApoGateConfig config = ApoGateConfig.defaults();
        Settings settings = new Settings(config, ConfigWriter.sha256(config), null, ReadOptions.defaults());
        List<SampleTask> tasks = TaskPlanner.plan(List.of(file), null, settings);
        SampleSummary one = run(settings, tasks, 1, "one");
        SampleSummary two = run(settings, tasks, 2, "two");
        assertEquals(2_300_000L, one.events());
        assertEquals(one, two);
        assertEquals(true, one.flags().contains("acquisition_anomaly"), "the simulated clog is seen: " + one.flags());
    }

    private SampleSummary run(Settings settings, List<SampleTask> tasks, int threads, String out) throws Exception {
        Path o = Files.createDirectories(dir.resolve(out));
        return new BatchRunner(settings, threads, false, false, BatchListener.NONE).run(tasks, o, false).summaries().get(0);
    }
}
