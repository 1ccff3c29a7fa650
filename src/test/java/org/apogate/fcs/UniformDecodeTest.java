package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The uniform-layout decoders (int16, int32, float32, double) over enough events that every block
 * spans several bulk-copied chunks, with a partial last chunk and blocks that do not line up with
 * chunks: each value must equal its raw bits masked by $PnR (integers) or read as IEEE (floats).
 */
class UniformDecodeTest {
    private static final int EVENTS = 40_000;

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "I, 16, '1,2',     1024, 65536, 16",
        "I, 16, '2,1',     1024, 65536, 16",
        "I, 32, '1,2,3,4', 262144, 1024, 4294967296",
        "I, 32, '4,3,2,1', 262144, 1024, 4294967296",
        "F, 32, '1,2,3,4', 262144, 262144, 262144",
        "F, 32, '4,3,2,1', 262144, 262144, 262144",
        "D, 64, '1,2,3,4,5,6,7,8', 262144, 262144, 262144",
        "D, 64, '8,7,6,5,4,3,2,1', 262144, 262144, 262144"})
    void everyValueSurvivesChunkedDecoding(char type, int bits, String byteord, long r0, long r1, long r2)
            throws IOException {
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long[] ranges = {r0, r1, r2};
        int width = bits / 8;
        long[][] raw = new long[EVENTS][3];
        double[][] expected = new double[3][EVENTS];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < EVENTS; i++) {
            for (int c = 0; c < 3; c++) {
                long r = rnd.nextLong();
                switch (type) {
                    case 'F' -> {
                        float f = (float) (rnd.nextGaussian() * 1e5);
                        raw[i][c] = Float.floatToRawIntBits(f) & 0xFFFF_FFFFL;
                        expected[c][i] = f;
                    }
                    case 'D' -> {
                        double d = rnd.nextGaussian() * 1e5;
                        raw[i][c] = Double.doubleToRawLongBits(d);
                        expected[c][i] = d;
                    }
                    default -> {
                        // random bits above $PnR (flag bits) must be masked off
                        raw[i][c] = bits == 16 ? r & 0xFFFF : r & 0xFFFF_FFFFL;
                        expected[c][i] = raw[i][c] & (ranges[c] - 1);
                    }
                }
            }
        }
        FcsBytes b = FcsBytes.listMode(type, byteord, EVENTS, new int[] {bits, bits, bits}, ranges);
        b.data = FcsBytes.ints(order, new int[] {width, width, width}, raw);
        DataSet ds = FcsReader.open(b.write(dir, "u.fcs"), ReadOptions.strict()).dataSet(0);
        for (int block : new int[] {65536, 7001}) {
            double[][] cols = readAll(ds, ValueScale.RAW, block);
            assertSubsetMatches(ds, cols, block);
            for (int c = 0; c < 3; c++) {
                assertEquals(EVENTS, cols[c].length);
                for (int i = 0; i < EVENTS; i++) {
                    if (Double.doubleToRawLongBits(expected[c][i]) != Double.doubleToRawLongBits(cols[c][i])) {
                        assertEquals(expected[c][i], cols[c][i], "block " + block + ", event " + i + ", column " + c);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"'1,2,3,4'", "'4,3,2,1'"})
    void mixedWidthsDecodeAndSubsetTheSameWay(String byteord) throws IOException {
        ByteOrder order = byteord.startsWith("1") ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        long[][] raw = new long[EVENTS][3];
        SplittableRandom rnd = new SplittableRandom(11);
        for (int i = 0; i < EVENTS; i++) {
            raw[i][0] = rnd.nextInt(1 << 16);
            raw[i][1] = rnd.nextLong() & 0xFFFF_FFFFL;
            raw[i][2] = rnd.nextInt(1 << 16);
        }
        FcsBytes b = FcsBytes.listMode('I', byteord, EVENTS, new int[] {16, 32, 16}, new long[] {65536, 1L << 32, 1024});
        b.data = FcsBytes.ints(order, new int[] {2, 4, 2}, raw);
        DataSet ds = FcsReader.open(b.write(dir, "mixed.fcs"), ReadOptions.strict()).dataSet(0);
        double[][] cols = readAll(ds, ValueScale.RAW, 5000);
        for (int i = 0; i < EVENTS; i++) {
            assertEquals(raw[i][0], cols[0][i]);
            assertEquals(raw[i][1], cols[1][i]);
            assertEquals(raw[i][2] & 1023, cols[2][i]);
        }
        assertSubsetMatches(ds, cols, 5000);
    }

    /** Decoding only columns 0 and 2 gives their values and NaN for column 1. */
    private static void assertSubsetMatches(DataSet ds, double[][] all, int block) {
        java.util.BitSet wanted = new java.util.BitSet();
        wanted.set(0);
        wanted.set(2);
        int seen = 0;
        try (EventSource src = ds.openEvents(ValueScale.SCALED_WITH_GAIN, block, wanted)) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                for (int i = 0; i < b.size(); i++, seen++) {
                    assertEquals(all[0][seen], b.column(0)[i], "column 0, event " + seen);
                    assertEquals(all[2][seen], b.column(2)[i], "column 2, event " + seen);
                    assertEquals(Double.NaN, b.column(1)[i], "column 1 was not asked for, event " + seen);
                }
            }
        }
        assertEquals(all[0].length, seen);
    }
}
