package org.apogate.cli;

import static org.apogate.cli.RunHarness.run;
import static org.apogate.cli.RunHarness.simulate;
import static org.apogate.cli.RunHarness.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.report.OutputLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per exit code of {@code apogate run} (0 ok, 1 failed/flagged, 2 usage, 3 config/sheet/gates/matrix,
 * 4 no input, 5 output unwritable or locked), each asserting the code and the one-line message on stderr.
 */
class RunExitCodesTest {
    @TempDir
    static Path tmp;
    static Path inputs;

    @BeforeAll
    static void inputs() {
        inputs = tmp.resolve("in");
        simulate(inputs.resolve("a.fcs"), 6000, 11);
        simulate(inputs.resolve("b.fcs"), 6000, 12);
    }

    /** The only stderr line starting with "apogate: error:" (and no stack trace). */
    private static String errorLine(RunHarness.Result r) {
        List<String> errors = r.errLines().stream().filter(l -> l.startsWith("apogate: error: ")).toList();
        assertEquals(1, errors.size(), "exactly one error line expected in:\n" + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without -v:\n" + r.err());
        return errors.get(0);
    }

    @Test
    void okIsZero() {
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("ok").toString(), "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("2 sample(s): 2 ok, 0 flagged, 0 failed"), r.err());
    }

    @Test
    void failedSampleIsOne() {
        Path in = tmp.resolve("in-bad");
        simulate(in.resolve("good.fcs"), 6000, 13);
        write(in.resolve("junk.fcs"), "this is not an FCS file at all, just text\n");
        RunHarness.Result r = run("run", in.toString(), "--out", tmp.resolve("failed").toString(), "--threads", "1");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("apogate: failed: junk.fcs: ")), r.err());
        assertTrue(r.err().contains("2 sample(s): 1 ok, 0 flagged, 1 failed"), r.err());
    }

    @Test
    void flaggedIsOneOnlyWithFailOnFlagged() {
        Path in = tmp.resolve("in-flag");
        // 300 events: far below qc.min_cells (default 1000 single cells), so the sample is flagged
        simulate(in.resolve("tiny.fcs"), 300, 14);
        RunHarness.Result lenient = run("run", in.toString(), "--out", tmp.resolve("flag1").toString(), "--threads", "1");
        assertEquals(0, lenient.code(), lenient.err());
        assertTrue(lenient.err().contains("1 flagged"), lenient.err());
        RunHarness.Result strict = run("run", in.toString(), "--out", tmp.resolve("flag2").toString(), "--threads", "1",
                "--fail-on", "flagged");
        assertEquals(1, strict.code(), strict.err());
    }

    @Test
    void missingOutIsUsageError() {
        RunHarness.Result r = run("run", inputs.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errLines().get(0).startsWith("apogate: Missing required option: '--out=DIR'"), r.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("u").toString(), "--frobnicate");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errLines().get(0).contains("--frobnicate"), r.err());
        assertFalse(Files.exists(tmp.resolve("u")), "a usage error must not create the output folder");
    }

    @Test
    void zeroThreadsIsUsageErrorBeforeAnyOutput() {
        Path out = tmp.resolve("threads0");
        RunHarness.Result r = run("run", inputs.toString(), "--out", out.toString(), "--threads", "0");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.errLines().get(0).contains("--threads must be >= 1"), r.err());
        assertFalse(Files.exists(out), "a usage error must not create the output folder");
    }

    @Test
    void badConfigIsThree() {
        Path cfg = tmp.resolve("bad-config.yaml");
        write(cfg, "version: 1\nseed: [not, a, number]\n");
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("cfg").toString(), "--config", cfg.toString());
        assertEquals(3, r.code(), r.err());
        String line = errorLine(r);
        assertTrue(line.contains("bad-config.yaml") && line.contains("seed"), line);
    }

    @Test
    void unknownConfigKeyIsThree() {
        Path cfg = tmp.resolve("typo-config.yaml");
        write(cfg, "version: 1\nsed: 5\n");
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("cfg2").toString(), "--config", cfg.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(errorLine(r).contains("sed"), r.err());
    }

    @Test
    void badSampleSheetIsThree() {
        Path sheet = tmp.resolve("sheet.csv");
        write(sheet, "file,role,group\na.fcs,bogus_role,g1\n");
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("sheet").toString(), "--samples", sheet.toString());
        assertEquals(3, r.code(), r.err());
        String line = errorLine(r);
        assertTrue(line.contains("sheet.csv") && line.contains("bogus_role"), line);
    }

    @Test
    void badMatrixFileIsThree() {
        Path matrix = tmp.resolve("matrix.csv");
        write(matrix, "FITC-A,PE-A\n1,0.2\nnot-a-number,1\n");
        Path cfg = tmp.resolve("matrix-config.yaml");
        write(cfg, "version: 1\ncompensation:\n  source: file\n  file: matrix.csv\n");
        Path out = tmp.resolve("matrix-out");
        RunHarness.Result r = run("run", inputs.toString(), "--out", out.toString(), "--config", cfg.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(errorLine(r).contains("matrix.csv"), r.err());
    }

    @Test
    void missingMatrixFileIsThree() {
        Path cfg = tmp.resolve("nomatrix-config.yaml");
        write(cfg, "version: 1\ncompensation:\n  source: file\n  file: does-not-exist.csv\n");
        RunHarness.Result r = run("run", inputs.toString(), "--out", tmp.resolve("nomatrix-out").toString(), "--config", cfg.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(errorLine(r).contains("does-not-exist.csv"), r.err());
    }

    @Test
    void badGatingMlIsThree() {
        Path gates = tmp.resolve("gates.xml");
        write(gates, "<not-gating-ml>");
        RunHarness.Result r = run("gate", "--gating-ml", gates.toString(), inputs.resolve("a.fcs").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("gates.xml"), r.err());
        assertEquals(1, r.errLines().size(), r.err());
    }

    @Test
    void badOrMissingMatrixForGateIsThree() {
        Path gates = tmp.resolve("ok-gates.xml");
        write(gates, "<gating:Gating-ML xmlns:gating=\"http://www.isac-net.org/std/Gating-ML/v2.0/gating\" "
                + "xmlns:data-type=\"http://www.isac-net.org/std/Gating-ML/v2.0/datatypes\">"
                + "<gating:RectangleGate gating:id=\"g\"><gating:dimension gating:compensation-ref=\"uncompensated\" gating:min=\"1\">"
                + "<data-type:fcs-dimension data-type:name=\"FSC-A\"/></gating:dimension></gating:RectangleGate></gating:Gating-ML>");
        Path matrix = tmp.resolve("gate-matrix.csv");
        write(matrix, "FITC-A,PE-A\n1,x\n0,1\n");
        RunHarness.Result bad = run("gate", "--gating-ml", gates.toString(), "--comp", matrix.toString(), inputs.resolve("a.fcs").toString());
        assertEquals(3, bad.code(), bad.err());
        assertTrue(bad.errLines().get(0).startsWith(matrix + ": "), bad.err());
        Path missing = tmp.resolve("no-such-matrix.csv");
        RunHarness.Result none = run("gate", "--gating-ml", gates.toString(), "--comp", missing.toString(), inputs.resolve("a.fcs").toString());
        assertEquals(3, none.code(), none.err());
        assertEquals(1, none.errLines().size(), none.err());
        assertTrue(none.errLines().get(0).contains("no-such-matrix.csv"), none.err());
    }

    @Test
    void noInputIsFour() {
        Path empty = tmp.resolve("empty");
        write(empty.resolve("notes.txt"), "no FCS here\n");
        RunHarness.Result r = run("run", empty.toString(), "--out", tmp.resolve("none").toString());
        assertEquals(4, r.code(), r.err());
        assertTrue(errorLine(r).contains("no FCS/LMD file found in " + empty), r.err());
    }

    @Test
    void missingInputPathIsFour() {
        RunHarness.Result r = run("run", tmp.resolve("nowhere").toString(), "--out", tmp.resolve("none2").toString());
        assertEquals(4, r.code(), r.err());
        errorLine(r);
    }

    @Test
    void outputUnderARegularFileIsFive() {
        Path file = tmp.resolve("plain-file");
        write(file, "x");
        RunHarness.Result r = run("run", inputs.toString(), "--out", file.resolve("out").toString());
        assertEquals(5, r.code(), r.err());
        assertTrue(errorLine(r).contains(file.resolve("out").toString()), r.err());
    }

    @Test
    void outputIsARegularFileIsFive() {
        Path file = tmp.resolve("plain-file2");
        write(file, "x");
        RunHarness.Result r = run("run", inputs.toString(), "--out", file.toString());
        assertEquals(5, r.code(), r.err());
        assertTrue(errorLine(r).contains(file.toString()), r.err());
    }

    @Test
    void unwritableProcFolderIsFive() {
        Path proc = Path.of("/proc/self/apogate-out");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc");
        RunHarness.Result r = run("run", inputs.toString(), "--out", proc.toString());
        assertEquals(5, r.code(), r.err());
        errorLine(r);
    }

    @Test
    void unwritableSampleFolderIsFiveNotFailedSamples() {
        Path out = tmp.resolve("samples-blocked");
        write(out.resolve("samples"), "a regular file where the per-sample folders go");
        RunHarness.Result r = run("run", inputs.toString(), "--out", out.toString(), "--threads", "1");
        assertEquals(5, r.code(), r.err());
        assertTrue(errorLine(r).contains(out.resolve("samples").toString()), r.err());
    }

    @Test
    void summaryPathOccupiedIsFive() throws java.io.IOException {
        Path out = tmp.resolve("summary-blocked");
        Files.createDirectories(out.resolve("summary.csv").resolve("x"));
        RunHarness.Result r = run("run", inputs.toString(), "--out", out.toString(), "--threads", "1", "--no-plots");
        assertEquals(5, r.code(), r.err());
        assertTrue(errorLine(r).contains("summary.csv"), r.err());
    }

    @Test
    void lockedOutputIsFive() {
        Path out = tmp.resolve("locked");
        try (OutputLock held = OutputLock.acquire(out)) {
            RunHarness.Result r = run("run", inputs.toString(), "--out", out.toString());
            assertEquals(5, r.code(), r.err());
            String line = errorLine(r);
            assertTrue(line.contains("in use by another apogate run") && line.contains("pid " + held.pid()), line);
            assertFalse(Files.exists(out.resolve("summary.csv")), "the refused run must not write outputs");
            assertFalse(Files.exists(out.resolve("effective-config.yaml")), "the refused run must not write outputs");
        }
    }
}
