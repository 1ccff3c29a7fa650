package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.apogate.fcs.HeaderAndChainTest.hasIssue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEADER and TEXT DATA offsets that lie, $TOT that disagrees, trailing and missing bytes. */
class OffsetRecoveryTest {
    @TempDir
    Path dir;

    /** Three events of two 16-bit channels: 12 DATA bytes. */
    private static FcsBytes three() {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 3, new int[] {16, 16}, new long[] {1024, 1024});
        b.version = "3.0";
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{1, 2}, {3, 4}, {5, 6}});
        return b;
    }

    private DataSet lenient(FcsBytes b, String name) throws IOException {
        Path f = b.write(dir, name);
        DataSet ds = FcsReader.open(f).dataSet(0);
        // every recovery must be refused under STRICT, at open or at the latest when events are opened
        assertThrows(FcsFormatException.class, () -> {
            DataSet s = FcsReader.open(f, ReadOptions.strict()).dataSet(0);
            s.openEvents().close();
        });
        return ds;
    }

    private static void assertThreeEvents(DataSet ds) {
        assertEquals(3, ds.eventCount());
        double[][] cols = readAll(ds, ValueScale.RAW, 2);
        assertArrayEquals(new double[] {1, 3, 5}, cols[0], 0);
        assertArrayEquals(new double[] {2, 4, 6}, cols[1], 0);
    }

    @Test
    void headerStartInsideTextTextRight() throws IOException {
        FcsBytes b = three();
        b.headerEdit = h -> new long[] {h[0], h[1], h[1] - 20, h[3], h[4], h[5]};
        DataSet ds = lenient(b, "hs.fcs");
        assertTrue(hasIssue(ds, "DATA_OFFSETS_DISAGREE"));
        assertEquals(Long.parseLong(ds.keywords().getOrNull("$BEGINDATA")), ds.dataStart());
        assertThreeEvents(ds);
    }

    @Test
    void headerEndPastEofTextRight() throws IOException {
        FcsBytes b = three();
        b.headerEdit = h -> new long[] {h[0], h[1], h[2], h[3] + 5000, h[4], h[5]};
        DataSet ds = lenient(b, "he.fcs");
        assertTrue(hasIssue(ds, "DATA_OFFSETS_DISAGREE"));
        assertThreeEvents(ds);
    }

    @Test
    void textPointsIntoTextHeaderRight() throws IOException {
        // as Accuri C6 and CyAn files do
        FcsBytes b = three();
        b.textEdit = m -> {
            m.put("$BEGINDATA", "60");
            return m;
        };
        DataSet ds = lenient(b, "ti.fcs");
        assertTrue(hasIssue(ds, "DATA_OFFSETS_DISAGREE"));
        assertEquals(ds.header().dataStart(), ds.dataStart());
        assertThreeEvents(ds);
    }

    @Test
    void endOffsetOneBytePastTheData() throws IOException {
        FcsBytes b = three();
        b.trailer = new byte[] {0};
        b.headerEdit = h -> new long[] {h[0], h[1], h[2], h[3] + 1, h[4], h[5]};
        b.textEdit = m -> {
            m.put("$ENDDATA", String.valueOf(Long.parseLong(m.get("$ENDDATA")) + 1));
            return m;
        };
        DataSet ds = lenient(b, "obo.fcs");
        assertTrue(hasIssue(ds, "DATA_END_OFF_BY_ONE"));
        assertFalse(hasIssue(ds, "DATA_OFFSETS_DISAGREE"));
        assertEquals(ds.dataStart() + 11, ds.dataEnd());
        assertThreeEvents(ds);
    }

    @Test
    void trailingBytesAfterTotEvents() throws IOException {
        FcsBytes b = three();
        b.put("$TOT", "2");
        DataSet ds = lenient(b, "trail.fcs");
        assertTrue(hasIssue(ds, "DATA_TRAILING_BYTES"));
        assertEquals(2, ds.eventCount());
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 5)[0], 0);
    }

    @Test
    void totZeroIsDerivedFromTheDataLength() throws IOException {
        FcsBytes b = three();
        b.put("$TOT", "0");
        DataSet ds = lenient(b, "tot0.fcs");
        assertTrue(hasIssue(ds, "TOT_DERIVED"));
        assertThreeEvents(ds);
    }

    @Test
    void totMissingIsDerivedFromTheDataLength() throws IOException {
        FcsBytes b = three();
        b.kw.remove("$TOT");
        DataSet ds = lenient(b, "nototal.fcs");
        assertTrue(hasIssue(ds, "TOT_MISSING"));
        assertThreeEvents(ds);
    }

    @Test
    void truncatedFileKeepsTheCompleteEvents() throws IOException {
        FcsBytes b = three();
        b.put("$TOT", "5"); // offsets claim 5 events (20 bytes) but the file was cut after 3
        b.headerEdit = h -> new long[] {h[0], h[1], h[2], h[2] + 19, h[4], h[5]};
        b.textEdit = m -> {
            m.put("$ENDDATA", String.valueOf(Long.parseLong(m.get("$BEGINDATA")) + 19));
            return m;
        };
        b.data = java.util.Arrays.copyOf(b.data, 13); // and a partial 4th event
        DataSet ds = lenient(b, "cut.fcs");
        assertTrue(hasIssue(ds, "DATA_TRUNCATED"));
        assertThreeEvents(ds);
    }

    @Test
    void totMoreThanTheDataHoldsIsAnError() throws IOException {
        FcsBytes b = three();
        b.put("$TOT", "4");
        DataSet ds = FcsReader.open(b.write(dir, "short.fcs")).dataSet(0);
        assertFalse(ds.hasReadableData());
        FcsFormatException e = assertThrows(FcsFormatException.class, ds::openEvents);
        assertTrue(e.getMessage().contains("$TOT 4 x event size 4 = 16"), e.getMessage());
    }

    @Test
    void bothOffsetsInsideTextIsAnError() throws IOException {
        FcsBytes b = three();
        b.headerEdit = h -> new long[] {h[0], h[1], 60, 71, h[4], h[5]};
        b.textEdit = m -> {
            m.put("$BEGINDATA", "61");
            m.put("$ENDDATA", "72");
            return m;
        };
        DataSet ds = FcsReader.open(b.write(dir, "both.fcs")).dataSet(0);
        FcsFormatException e = assertThrows(FcsFormatException.class, ds::openEvents);
        assertTrue(e.getMessage().contains("overlaps the TEXT segment"), e.getMessage());
    }

    @Test
    void totMayBeAbsentInFcs20AndModeInFcs32() throws IOException {
        FcsBytes v2 = three();
        v2.version = "2.0";
        v2.kw.remove("$TOT");
        DataSet a = FcsReader.open(v2.write(dir, "v2.fcs"), ReadOptions.strict()).dataSet(0);
        assertTrue(hasIssue(a, "TOT_MISSING"));
        assertThreeEvents(a);
        FcsBytes v32 = three();
        v32.version = "3.2";
        v32.kw.remove("$MODE");
        assertThreeEvents(FcsReader.open(v32.write(dir, "v32.fcs"), ReadOptions.strict()).dataSet(0));
    }
}
