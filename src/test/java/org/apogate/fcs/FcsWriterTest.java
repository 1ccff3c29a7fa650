package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FcsWriterTest {
    @TempDir
    Path dir;

    private static final List<WriterChannel> CHANNELS = List.of(
            new WriterChannel("FSC-A", null, 262144),
            new WriterChannel("FITC-A", "Annexin V", 262144),
            new WriterChannel("PE-A", "PI", 262144),
            new WriterChannel("Time", null, 1000));

    /** Random values that survive float32 exactly, so read(write(x)) == x can be asserted exactly. */
    private static double[][] floatColumns(int n, long seed) {
        Random r = new Random(seed);
        double[][] cols = new double[CHANNELS.size()][n];
        for (double[] col : cols) {
            for (int i = 0; i < n; i++) {
                col[i] = (float) (r.nextGaussian() * 5000 + 1000);
            }
        }
        return cols;
    }

    static double[][] readAll(DataSet ds, ValueScale scale, int block) {
        int p = ds.parameterCount();
        List<double[]> rows = new ArrayList<>();
        try (EventSource src = ds.openEvents(scale, block)) {
            EventBlock b;
            while ((b = src.next()) != null) {
                for (int i = 0; i < b.size(); i++) {
                    double[] row = new double[p];
                    for (int c = 0; c < p; c++) {
                        row[c] = b.column(c)[i];
                    }
                    rows.add(row);
                }
            }
        }
        double[][] cols = new double[p][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int c = 0; c < p; c++) {
                cols[c][i] = rows.get(i)[c];
            }
        }
        return cols;
    }

    @ParameterizedTest
    @ValueSource(strings = {"LITTLE", "BIG"})
    void float32RoundTripIsExact(String orderName) throws IOException {
        ByteOrder order = orderName.equals("BIG") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        double[][] cols = floatColumns(10_007, 42);
        Path f = dir.resolve("rt.fcs");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("$SPILLOVER", FcsWriter.spilloverValue(List.of("FITC-A", "PE-A"), new double[][] {{1, 0.12}, {0.03, 1}}));
        extra.put("$CYT", "ApoGate|Simulator");
        extra.put("$TIMESTEP", "0.01");
        try (FcsWriter w = FcsWriter.create(f, CHANNELS, extra, order)) {
            // uneven appends, and a block whose capacity exceeds its size
            w.append(EventBlock.of(slice(cols, 0, 3)));
            EventBlock big = new EventBlock(cols.length, 20_000);
            for (int c = 0; c < cols.length; c++) {
                System.arraycopy(cols[c], 3, big.column(c), 0, 10_000);
            }
            big.reset(10_000, 3);
            w.append(big);
            w.append(EventBlock.of(slice(cols, 10_003, 10_007)));
            assertEquals(10_007, w.eventsWritten());
        }
        FcsFile file = FcsReader.open(f, ReadOptions.strict());
        DataSet ds = file.dataSet(0);
        assertEquals("3.1", ds.version());
        assertEquals(10_007, ds.eventCount());
        assertEquals(List.of(), ds.issues());
        assertEquals(order == ByteOrder.BIG_ENDIAN ? "4,3,2,1" : "1,2,3,4", ds.keywords().getOrNull("$BYTEORD"));
        assertEquals("F", ds.keywords().getOrNull("$DATATYPE"));
        assertEquals("Annexin V", ds.parameters().get(1).stain());
        assertEquals("FITC-A (Annexin V)", ds.parameters().get(1).displayName());
        assertEquals(262144, ds.parameters().get(0).range());
        assertEquals("2,FITC-A,PE-A,1,0.12,0.03,1", ds.keywords().getOrNull("$SPILLOVER"));
        assertEquals("ApoGate|Simulator", ds.keywords().getOrNull("$CYT"));
        assertEquals(ds.header().dataStart(), ds.dataStart());
        assertEquals(Files.size(f) - 1, ds.dataEnd());
        double[][] back = readAll(ds, ValueScale.RAW, 777);
        for (int c = 0; c < cols.length; c++) {
            assertArrayEquals(cols[c], back[c], 0.0, "channel " + c);
        }
        // SCALED multiplies the time channel by $TIMESTEP and leaves float fluorescence alone
        double[][] scaled = readAll(ds, ValueScale.SCALED, 4096);
        assertEquals(cols[3][5] * 0.01, scaled[3][5], 1e-12);
        assertEquals(cols[1][5], scaled[1][5], 0.0);
    }

    private static double[][] slice(double[][] cols, int from, int to) {
        double[][] out = new double[cols.length][];
        for (int c = 0; c < cols.length; c++) {
            out[c] = java.util.Arrays.copyOfRange(cols[c], from, to);
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 32})
    void integerOutputRoundsAndClampsToRange(int bits) {
        List<WriterChannel> chans = List.of(WriterChannel.of("FL1", 1024), WriterChannel.of("FL2", 1024));
        double[][] cols = {{-5, 0, 1.4, 1.6, 1022.5, 1023, 5000, Double.NaN}, {3, 4, 5, 6, 7, 8, 9, 10}};
        Path f = dir.resolve("int" + bits + ".fcs");
        FcsWriter.write(f, chans, Map.of(), cols, WriterOptions.integer(bits, ByteOrder.BIG_ENDIAN));
        DataSet ds = FcsReader.open(f, ReadOptions.strict()).dataSet(0);
        assertEquals("I", ds.keywords().getOrNull("$DATATYPE"));
        assertEquals(String.valueOf(bits), ds.keywords().getOrNull("$P1B"));
        assertEquals("1024", ds.keywords().getOrNull("$P1R"));
        assertEquals(8 * 2 * bits / 8, ds.dataEnd() - ds.dataStart() + 1);
        double[][] back = readAll(ds, ValueScale.RAW, 3);
        assertArrayEquals(new double[] {0, 0, 1, 2, 1023, 1023, 1023, 0}, back[0], 0.0);
        assertArrayEquals(cols[1], back[1], 0.0);
    }

    @Test
    void dataPastHeaderLimitPutsZeroInHeaderAndTruthInText() throws IOException {
        double[][] cols = floatColumns(100, 7);
        Path f = dir.resolve("big.fcs");
        // a low limit stands in for 99,999,999 bytes so the test stays small
        try (FcsWriter w = FcsWriter.create(f, CHANNELS, Map.of(), WriterOptions.float32(ByteOrder.LITTLE_ENDIAN), 1000)) {
            w.append(EventBlock.of(cols));
        }
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(f), 58);
        assertEquals("       0       0", new String(head, 26, 16, StandardCharsets.US_ASCII));
        DataSet ds = FcsReader.open(f, ReadOptions.strict()).dataSet(0);
        assertEquals(0, ds.header().dataStart());
        assertEquals(100, ds.eventCount());
        assertArrayEquals(cols[2], readAll(ds, ValueScale.RAW, 64)[2], 0.0);
    }

    @Test
    void emptyFileReadsAsZeroEvents() {
        Path f = dir.resolve("empty.fcs");
        FcsWriter.create(f, CHANNELS, Map.of(), ByteOrder.LITTLE_ENDIAN).close();
        DataSet ds = FcsReader.open(f, ReadOptions.strict()).dataSet(0);
        assertEquals(0, ds.eventCount());
        try (EventSource src = ds.openEvents()) {
            assertNull(src.next());
        }
    }

    @Test
    void structuralKeywordsCannotBeOverridden() {
        Path f = dir.resolve("x.fcs");
        assertThrows(IllegalArgumentException.class, () -> FcsWriter.create(f, CHANNELS, Map.of("$TOT", "5"), ByteOrder.LITTLE_ENDIAN));
        assertThrows(IllegalArgumentException.class, () -> FcsWriter.create(f, CHANNELS, Map.of("$p1n", "x"), ByteOrder.LITTLE_ENDIAN));
        assertThrows(IllegalArgumentException.class, () -> FcsWriter.write(f, List.of(WriterChannel.of("A", 70000)), Map.of(),
                new double[][] {{1}}, WriterOptions.integer(16, ByteOrder.LITTLE_ENDIAN)));
    }

    @Test
    void appendingToAClosedWriterFails() {
        Path f = dir.resolve("closed.fcs");
        FcsWriter w = FcsWriter.create(f, CHANNELS, Map.of(), ByteOrder.LITTLE_ENDIAN);
        w.close();
        assertThrows(IllegalStateException.class, () -> w.append(EventBlock.of(floatColumns(1, 1))));
        assertThrows(IllegalArgumentException.class,
                () -> FcsWriter.write(f, CHANNELS, Map.of(), new double[][] {{1}}));
        assertTrue(Files.exists(f));
    }
}
