package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.apogate.fcs.HeaderAndChainTest.hasIssue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** $DATATYPE I/F/D/A, field widths, $PnR masks, $PnDATATYPE, $BYTEORD variants, $MODE. */
class DataDecodingTest {
    @TempDir
    Path dir;

    private DataSet open(FcsBytes b) throws IOException {
        return FcsReader.open(b.write(dir, "f.fcs"), ReadOptions.strict()).dataSet(0);
    }

    @ParameterizedTest
    @CsvSource({"8,'1,2',", "16,'1,2',", "16,'2,1',", "24,'1,2,3',", "24,'3,2,1',", "32,'1,2,3,4',", "32,'4,3,2,1',",
            "64,'1,2,3,4,5,6,7,8',", "64,'8,7,6,5,4,3,2,1',"})
    void integerWidths(int bits, String byteord, String unused) throws IOException {
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int w = bits / 8;
        long max = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
        long range = bits == 64 ? (1L << 62) : max + 1;
        long[][] rows = {{0, 1}, {max >>> 1, 255}, {bits == 64 ? (1L << 62) - 1 : max, 3}};
        FcsBytes b = FcsBytes.listMode('I', byteord, 3, new int[] {bits, bits}, new long[] {range, range});
        b.data = FcsBytes.ints(order, new int[] {w, w}, rows);
        double[][] cols = readAll(open(b), ValueScale.RAW, 2);
        assertArrayEquals(new double[] {0, max >>> 1, bits == 64 ? (1L << 62) - 1 : max}, cols[0], 0);
        assertArrayEquals(new double[] {1, 255, 3}, cols[1], 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3,4", "4,3,2,1"})
    void mixedWidthsInOneRecord(String byteord) throws IOException {
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int[] bits = {8, 16, 24, 32, 64, 16};
        long[] ranges = {256, 65536, 1 << 24, 1L << 32, 1L << 40, 1024};
        long[][] rows = {{255, 65535, 16777215, 4294967295L, (1L << 40) - 1, 1023}, {1, 2, 3, 4, 5, 6}};
        FcsBytes b = FcsBytes.listMode('I', byteord, 2, bits, ranges);
        b.data = FcsBytes.ints(order, new int[] {1, 2, 3, 4, 8, 2}, rows);
        DataSet ds = open(b);
        assertEquals(20, ds.eventBytes());
        double[][] cols = readAll(ds, ValueScale.RAW, 1);
        for (int c = 0; c < bits.length; c++) {
            assertEquals(rows[0][c], cols[c][0], "column " + c);
            assertEquals(rows[1][c], cols[c][1], "column " + c);
        }
    }

    @Test
    void pnrMaskStripsFlagBitsAboveTheRange() throws IOException {
        // Beckman/BD set bits above $PnR: with $PnR 1024 only the low 10 bits are the value
        FcsBytes b = FcsBytes.listMode('I', "1,2", 2, new int[] {16, 16}, new long[] {1024, 1000});
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{0xF000 | 528, 0x8000 | 1000}, {1023, 1024}});
        double[][] cols = readAll(open(b), ValueScale.RAW, 10);
        assertArrayEquals(new double[] {528, 1023}, cols[0], 0);
        // next_pow2(1000) = 1024: mask 1023
        assertArrayEquals(new double[] {1000, 0}, cols[1], 0);
    }

    @Test
    void tenBitValuesInSixteenBitWords() throws IOException {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 2, new int[] {10, 10}, new long[] {1024, 1024});
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{1023, 5}, {512, 0x0400 | 7}});
        DataSet ds = open(b);
        assertEquals(4, ds.eventBytes());
        double[][] cols = readAll(ds, ValueScale.RAW, 10);
        assertArrayEquals(new double[] {1023, 512}, cols[0], 0);
        assertArrayEquals(new double[] {5, 7}, cols[1], 0);
    }

    @Test
    void twentyBitValuesInWholeBytesOrInWordsDecidedByDataLength() throws IOException {
        long[][] rows = {{1048575, 17}, {3, 99}};
        FcsBytes packed = FcsBytes.listMode('I', "1,2,3,4", 2, new int[] {20, 20}, new long[] {1 << 20, 1 << 20});
        packed.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {3, 3}, rows);
        DataSet a = open(packed);
        assertEquals(6, a.eventBytes());
        assertArrayEquals(new double[] {17, 99}, readAll(a, ValueScale.RAW, 10)[1], 0);

        FcsBytes words = FcsBytes.listMode('I', "1,2,3,4", 2, new int[] {20, 20}, new long[] {1 << 20, 1 << 20});
        words.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {4, 4}, rows);
        DataSet w = FcsReader.open(words.write(dir, "w.fcs")).dataSet(0);
        assertEquals(8, w.eventBytes());
        assertTrue(hasIssue(w, "DATA_LAYOUT"));
        assertArrayEquals(new double[] {1048575, 3}, readAll(w, ValueScale.RAW, 10)[0], 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3,4", "4,3,2,1"})
    void float32(String byteord) throws IOException {
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        FcsBytes b = FcsBytes.listMode('F', byteord, 2, new int[] {32, 32}, new long[] {262144, 262144});
        b.data = FcsBytes.floats(order, new float[][] {{-1.5f, 1e-30f}, {262143.75f, Float.MAX_VALUE}});
        double[][] cols = readAll(open(b), ValueScale.RAW, 10);
        assertArrayEquals(new double[] {-1.5, 262143.75}, cols[0], 0);
        assertArrayEquals(new double[] {1e-30f, Float.MAX_VALUE}, cols[1], 0);
    }

    @Test
    void float64() throws IOException {
        FcsBytes b = FcsBytes.listMode('D', "4,3,2,1", 2, new int[] {64, 64}, new long[] {262144, 262144});
        b.data = FcsBytes.doubles(ByteOrder.BIG_ENDIAN, new double[][] {{Math.PI, -0.1}, {1e300, 7}});
        double[][] cols = readAll(open(b), ValueScale.RAW, 10);
        assertArrayEquals(new double[] {Math.PI, 1e300}, cols[0], 0);
        assertArrayEquals(new double[] {-0.1, 7}, cols[1], 0);
    }

    @Test
    void asciiFixedWidth() throws IOException {
        FcsBytes b = FcsBytes.listMode('A', "1,2,3,4", 3, new int[] {4, 6}, new long[] {1024, 100000});
        b.data = FcsBytes.ascii("1023 99999   0    17  12    .5");
        double[][] cols = readAll(open(b), ValueScale.RAW, 2);
        assertArrayEquals(new double[] {1023, 0, 12}, cols[0], 0);
        assertArrayEquals(new double[] {99999, 17, .5}, cols[1], 0);
    }

    @Test
    void asciiDelimited() throws IOException {
        FcsBytes b = FcsBytes.listMode('A', "1,2,3,4", 3, new int[] {0, 0}, new long[] {1024, 1024});
        b.data = FcsBytes.ascii("1,2\r\n 3\t4\n5 6.5\n");
        double[][] cols = readAll(open(b), ValueScale.RAW, 2);
        assertArrayEquals(new double[] {1, 3, 5}, cols[0], 0);
        assertArrayEquals(new double[] {2, 4, 6.5}, cols[1], 0);
    }

    @Test
    void fcs32PerParameterDataTypes() throws IOException {
        FcsBytes b = FcsBytes.listMode('F', "1,2,3,4", 2, new int[] {16, 32, 64}, new long[] {4096, 262144, 262144});
        b.version = "3.2";
        b.put("$P1DATATYPE", "I").put("$P3DATATYPE", "D");
        ByteBuffer buf = ByteBuffer.allocate(2 * 14).order(ByteOrder.LITTLE_ENDIAN);
        buf.putShort((short) 4095).putFloat(1.25f).putDouble(-2.5);
        buf.putShort((short) (0x8000 | 12)).putFloat(-7f).putDouble(1e-9);
        b.data = buf.array();
        DataSet ds = open(b);
        assertEquals('I', ds.parameters().get(0).dataType());
        assertEquals('D', ds.parameters().get(2).dataType());
        double[][] cols = readAll(ds, ValueScale.RAW, 10);
        assertArrayEquals(new double[] {4095, 12}, cols[0], 0);
        assertArrayEquals(new double[] {1.25, -7}, cols[1], 0);
        assertArrayEquals(new double[] {-2.5, 1e-9}, cols[2], 0);
    }

    @Test
    void legacyPermutedByteOrder() throws IOException {
        // 3,4,1,2: byte 0 holds significance 2, byte 1 significance 3, byte 2 significance 0, byte 3 significance 1
        FcsBytes b = FcsBytes.listMode('I', "3,4,1,2", 1, new int[] {32}, new long[] {1L << 32});
        b.data = new byte[] {0x33, 0x44, 0x11, 0x22};
        assertArrayEquals(new double[] {0x44332211L}, readAll(open(b), ValueScale.RAW, 10)[0], 0);
        FcsBytes f = FcsBytes.listMode('F', "3,4,1,2", 1, new int[] {32}, new long[] {1024});
        int bits = Float.floatToIntBits(6.75f);
        f.data = new byte[] {(byte) (bits >>> 16), (byte) (bits >>> 24), (byte) bits, (byte) (bits >>> 8)};
        assertArrayEquals(new double[] {6.75}, readAll(FcsReader.open(f.write(dir, "p.fcs")).dataSet(0), ValueScale.RAW, 10)[0], 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C", "U"})
    void histogramModesAreUnsupported(String mode) throws IOException {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 1, new int[] {16}, new long[] {1024});
        b.put("$MODE", mode);
        b.data = new byte[] {1, 0};
        DataSet ds = FcsReader.open(b.write(dir, "m.fcs")).dataSet(0);
        assertEquals(1, ds.parameterCount());
        UnsupportedFcsException e = assertThrows(UnsupportedFcsException.class, ds::openEvents);
        assertTrue(e.getMessage().contains("$MODE " + mode), e.getMessage());
        assertEquals("$MODE", e.keyword().orElseThrow());
    }

    @Test
    void sourcesAreIndependentAndRepeatable() throws IOException {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 5, new int[] {16}, new long[] {1024});
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2}, new long[][] {{1}, {2}, {3}, {4}, {5}});
        DataSet ds = open(b);
        try (EventSource a = ds.openEvents(ValueScale.RAW, 2); EventSource c = ds.openEvents(ValueScale.RAW, 3)) {
            assertEquals(1, a.next().column(0)[0]);
            EventBlock cb = c.next();
            assertEquals(3, cb.size());
            assertEquals(3, cb.column(0)[2]);
            EventBlock ab = a.next();
            assertEquals(2, ab.firstEvent());
            assertEquals(3, ab.column(0)[0]);
        }
        assertArrayEquals(new double[] {1, 2, 3, 4, 5}, readAll(ds, ValueScale.RAW, 4)[0], 0);
    }

    @Test
    void remapsWindowsAcrossTheDataSegment() throws IOException {
        // 1000 events of 3 floats; 7-event blocks over mapped windows of 50 bytes (4 events) or 1 KB
        float[][] rows = new float[1000][3];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new float[] {i, -i, i * 0.5f};
        }
        FcsBytes b = FcsBytes.listMode('F', "4,3,2,1", 1000, new int[] {32, 32, 32}, new long[] {1024, 1024, 1024});
        b.data = FcsBytes.floats(ByteOrder.BIG_ENDIAN, rows);
        DataSet ds = open(b);
        for (int window : new int[] {50, 1024, 12}) {
            long seen = 0;
            try (EventSource src = ds.openEvents(ValueScale.RAW, 7, window)) {
                EventBlock blk;
                while ((blk = src.next()) != null) {
                    for (int i = 0; i < blk.size(); i++) {
                        long e = blk.firstEvent() + i;
                        assertEquals(e, blk.column(0)[i], 0);
                        assertEquals(-e, blk.column(1)[i], 0);
                        assertEquals(e * 0.5, blk.column(2)[i], 0);
                    }
                    seen += blk.size();
                }
            }
            assertEquals(1000, seen, "window " + window);
        }
    }
}
