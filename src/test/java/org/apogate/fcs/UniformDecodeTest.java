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
}
