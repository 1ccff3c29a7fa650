package org.apogate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessesTest {
    @TempDir
    Path dir;

    @Test
    void childDecodeUnder256MbHeapMatchesTheInProcessSum() {
        BenchFile f = BenchFiles.ensure(dir, BenchLayout.FLOAT_BE, 70_000, 5);
        Path result = dir.resolve("result.txt");
        ChildRun r = ChildProcesses.run(ChildProcesses.java(List.of("-Xmx256m"), System.getProperty("java.class.path"),
                DecodeMain.class.getName(), List.of(f.path().toString(), result.toString())), dir.resolve("child.log"));
        assertEquals(0, r.exitCode(), r.outputTail());
        Map<String, String> got = ScanMain.ChildResult.read(result);
        assertEquals(DecodeMain.decodeSum(f.path()), Double.parseDouble(got.get("sum")));
        assertEquals("980000", got.get("values"));
        if (Files.isDirectory(Path.of("/proc/self"))) {
            assertTrue(r.peakRssKb() > 0, "VmHWM read from /proc");
        }
    }

    @Test
    void childScanWritesTheScanSum() {
        BenchFile f = BenchFiles.ensure(dir, BenchLayout.INT32_FLAGGED, 70_000, 5);
        Path result = dir.resolve("scan.txt");
        ChildRun r = ChildProcesses.run(ChildProcesses.java(List.of(), System.getProperty("java.class.path"),
                ScanMain.class.getName(), List.of(f.path().toString(), result.toString())), dir.resolve("scan.log"));
        assertEquals(0, r.exitCode(), r.outputTail());
        assertEquals(f.scan().sum(), Double.parseDouble(ScanMain.ChildResult.read(result).get("sum")));
    }

    @Test
    void readsHighWaterMarkOfThisProcess() {
        assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "no /proc on this system");
        assertTrue(ChildProcesses.readHwmKb(Path.of("/proc/self/status")) > 1000);
        assertEquals(-1, ChildProcesses.readHwmKb(dir.resolve("missing")));
    }
}
