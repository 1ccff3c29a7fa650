package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesOldOne() throws IOException {
        Path target = dir.resolve("sub/summary.csv");
        AtomicFiles.writeString(target, "first\n");
        assertEquals("first\n", Files.readString(target));
        AtomicFiles.writeBytes(target, "zweite Zeile ü\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("zweite Zeile ü\n", Files.readString(target));
        assertEquals(List.of(target), listing(target.getParent()));
    }

    @Test
    void writerFailingMidwayLeavesOldFileIntactAndNoTemp() throws IOException {
        Path target = dir.resolve("report.html");
        AtomicFiles.writeString(target, "old complete content");
        IllegalStateException boom = new IllegalStateException("renderer failed");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[200_000]); // more than the buffer, so bytes really reached the temp file
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals("old complete content", Files.readString(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void ioFailureInsideWriterBecomesOneLineReportException() throws IOException {
        Path target = dir.resolve("plot.png");
        AtomicFiles.writeString(target, "old");
        ReportException e = assertThrows(ReportException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IOException("No space left on device");
        }));
        assertEquals("cannot write " + target + ": I/O error (No space left on device)", e.getMessage());
        assertEquals("old", Files.readString(target));
        assertEquals(List.of(target), listing(dir));
    }

    @Test
    void unwritableFolderNamesThePath() throws IOException {
        // A regular file where the folder should be: fails even for root, unlike permission bits.
        Path notAFolder = dir.resolve("blocker");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("summary.json");
        ReportException e = assertThrows(ReportException.class, () -> AtomicFiles.writeString(target, "{}"));
        assertEquals("cannot write " + target + ": a file is in the way: " + notAFolder, e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void writerMayCloseTheStream() throws IOException {
        Path target = dir.resolve("closed.bin");
        AtomicFiles.write(target, out -> {
            out.write(new byte[] {1, 2, 3});
            out.close();
        });
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
    }

    @Test
    void cleanStaleTempsRemovesOnlyOurTempFiles() throws IOException {
        Path stale1 = Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "summary.csv.1234.tmp"), "half");
        Path stale2 = Files.writeString(dir.resolve(AtomicFiles.TEMP_PREFIX + "A01.png.99.tmp"), "half");
        Path keep = Files.writeString(dir.resolve("summary.csv"), "whole");
        Path keepHidden = Files.writeString(dir.resolve(".apogate.lock"), "pid=1");
        List<Path> removed = AtomicFiles.cleanStaleTemps(dir);
        assertEquals(List.of(stale2, stale1).stream().sorted().toList(), removed);
        assertEquals(Stream.of(keep, keepHidden).sorted().toList(), listing(dir));
        assertEquals(List.of(), AtomicFiles.cleanStaleTemps(dir.resolve("missing")));
    }

    @Test
    void processKilledMidWriteLeavesOldTargetAndACleanableTemp() throws Exception {
        Path target = dir.resolve("summary.csv");
        AtomicFiles.writeString(target, "previous run\n");
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                StalledWriterMain.class.getName(), target.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String line = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertEquals("WRITING", line);
            child.destroyForcibly(); // kill -9 in the middle of the write
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
        } finally {
            child.destroyForcibly();
        }
        assertEquals("previous run\n", Files.readString(target));
        List<Path> leftovers = listing(dir).stream()
                .filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList();
        assertEquals(1, leftovers.size(), "the killed run's temp file");
        assertEquals(1 << 20, Files.size(leftovers.get(0)));
        assertEquals(leftovers, AtomicFiles.cleanStaleTemps(dir));
        assertEquals(List.of(target), listing(dir));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
