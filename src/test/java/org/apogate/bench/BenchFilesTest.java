package org.apogate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apogate.compensation.SpilloverKeywords;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFilesTest {
    private static final long EVENTS = 70_000;   // more than one 65536-event block

    @TempDir
    Path dir;

    @Test
    void floatFilesReadBackWithTheirLayoutAndSpillover() {
        for (BenchLayout layout : List.of(BenchLayout.FLOAT_BE, BenchLayout.FLOAT_LE)) {
            BenchFile f = BenchFiles.ensure(dir, layout, EVENTS, 7);
            DataSet d = FcsReader.open(f.path()).dataSet(0);
            assertEquals("3.1", d.version());
            assertEquals(EVENTS, d.eventCount());
            assertEquals(14, d.parameterCount());
            assertEquals(EVENTS * 14 * 4, f.dataBytes());
            assertEquals("F", d.keywords().getOrNull("$DATATYPE"));
            assertEquals(layout == BenchLayout.FLOAT_BE ? "4,3,2,1" : "1,2,3,4", d.keywords().getOrNull("$BYTEORD"));
            SpilloverMatrix s = SpilloverKeywords.fromKeywords(d.keywords(), SyntheticPanel.CHANNELS).orElseThrow();
            assertEquals(SyntheticPanel.fluorChannels(), s.channels());
            assertEquals(0.18, s.get(0, 1));
            assertEquals(1.0, s.get(7, 7));
        }
    }

    @Test
    void bothByteOrdersHoldTheSameEvents() {
        BenchFile be = BenchFiles.ensure(dir, BenchLayout.FLOAT_BE, EVENTS, 7);
        BenchFile le = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 7);
        assertEquals(DecodeMain.decodeSum(be.path()), DecodeMain.decodeSum(le.path()));
    }

    @Test
    void integerFileHasFlagBitsAboveItsRangeSoMaskingMatters() {
        BenchFile f = BenchFiles.ensure(dir, BenchLayout.INT32_FLAGGED, EVENTS, 7);
        DataSet d = FcsReader.open(f.path()).dataSet(0);
        assertEquals("I", d.keywords().getOrNull("$DATATYPE"));
        assertEquals("32", d.keywords().getOrNull("$P1B"));
        assertEquals("262144", d.keywords().getOrNull("$P5R"));
        double max = 0;
        try (EventSource src = d.openEvents()) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                for (int c = 0; c < b.channels(); c++) {
                    for (int i = 0; i < b.size(); i++) {
                        max = Math.max(max, b.column(c)[i]);
                    }
                }
            }
        }
        assertTrue(max < 262144, "reader masks to 18 bits, max " + max);
        MappedScan.Result unmasked = MappedScan.scan(f.path(), f.dataStart(), f.dataBytes(), f.layout().order(),
                MappedScan.ValueKind.INT32, 0xFFFF_FFFFL);
        // every value carries at least flag bit 18 (flags >= 1), so the raw sum exceeds the masked one by >= 2^18 each
        assertTrue(unmasked.sum() - f.scan().sum() >= 262144.0 * EVENTS * 14);
    }

    @Test
    void matchingFileIsReusedAndDamagedOneRegenerated() throws IOException {
        BenchFile first = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 7);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first.path(), old);
        BenchFile again = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 7);
        assertEquals(old, Files.getLastModifiedTime(again.path()), "reused, not rewritten");

        try (FileChannel ch = FileChannel.open(first.path(), StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(first.path()) - 100);
        }
        BenchFile regenerated = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 7);
        assertEquals(first.dataStart() + first.dataBytes(), Files.size(regenerated.path()));
        assertNotEquals(old, Files.getLastModifiedTime(regenerated.path()));
    }

    @Test
    void anotherSeedIsNotMistakenForAMatch() throws IOException {
        BenchFile a = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 7);
        double sumA = DecodeMain.decodeSum(a.path());
        BenchFile b = BenchFiles.ensure(dir, BenchLayout.FLOAT_LE, EVENTS, 8);
        assertEquals(a.path(), b.path());
        assertNotEquals(sumA, DecodeMain.decodeSum(b.path()));
    }
}
