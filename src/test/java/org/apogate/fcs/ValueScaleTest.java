package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RAW, SCALED ($PnE log decoding, $TIMESTEP) and SCALED_WITH_GAIN ($PnG), per FCS 3.1 section 3.3. */
class ValueScaleTest {
    @TempDir
    Path dir;

    private DataSet fixture() throws IOException {
        // FL1: 4 decades, f2 written 0 (read as 1); FL2: 2 decades from 10; FSC linear, gain 2; Time
        FcsBytes b = FcsBytes.listMode('I', "1,2", 2, new int[] {16, 16, 16, 16}, new long[] {1024, 1024, 1024, 1024});
        b.put("$P1N", "FL1-H").put("$P1E", "4,0").put("$P2N", "FL2-H").put("$P2E", "2,10")
                .put("$P3N", "FSC-H").put("$P3G", "2").put("$P4N", "Time").put("$TIMESTEP", "0.01").put("$P1G", "8");
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2, 2, 2}, new long[][] {{512, 256, 100, 300}, {0, 1024 | 0, 1, 1}});
        return FcsReader.open(b.write(dir, "scale.fcs"), ReadOptions.strict()).dataSet(0);
    }

    @Test
    void rawIsTheDefaultAndUntouched() throws IOException {
        DataSet ds = fixture();
        double[][] raw;
        try (EventSource s = ds.openEvents()) {
            EventBlock b = s.next();
            raw = new double[][] {{b.column(0)[0], b.column(1)[0], b.column(2)[0], b.column(3)[0]}};
        }
        assertArrayEquals(new double[] {512, 256, 100, 300}, raw[0], 0);
    }

    @Test
    void scaledDecodesLogAndTime() throws IOException {
        double[][] c = readAll(fixture(), ValueScale.SCALED, 10);
        assertEquals(100, c[0][0], 1e-9);            // 1 * 10^(4 * 512 / 1024)
        assertEquals(1, c[0][1], 1e-12);             // 10^0
        assertEquals(10 * Math.sqrt(10), c[1][0], 1e-9); // 10 * 10^(2 * 256 / 1024)
        assertEquals(100, c[2][0], 0);               // linear, gain not applied
        assertEquals(3.0, c[3][0], 1e-12);           // 300 * $TIMESTEP
    }

    @Test
    void scaledWithGainDividesLinearChannelsOnly() throws IOException {
        double[][] c = readAll(fixture(), ValueScale.SCALED_WITH_GAIN, 10);
        assertEquals(100, c[0][0], 1e-9);  // log channel: $P1G 8 ignored
        assertEquals(50, c[2][0], 0);      // 100 / $P3G 2
        assertEquals(3.0, c[3][0], 1e-12);
    }

    @Test
    void floatDataIgnoresPnE() throws IOException {
        FcsBytes b = FcsBytes.listMode('F', "1,2,3,4", 1, new int[] {32}, new long[] {1024});
        b.put("$P1E", "4,1");
        b.data = FcsBytes.floats(ByteOrder.LITTLE_ENDIAN, new float[][] {{512f}});
        DataSet ds = FcsReader.open(b.write(dir, "f.fcs")).dataSet(0);
        assertEquals(512, readAll(ds, ValueScale.SCALED, 10)[0][0], 0);
    }

    /**
     * FlowIO's own preprocessed truth arrays (data/truth/*.npy: gain divided for linear channels, $PnE
     * log decoding with f2 0 read as 1, $TIMESTEP) are an independent reference for SCALED_WITH_GAIN;
     * its original-events array is one for RAW.
     */
    @ParameterizedTest
    @CsvSource({"data1.fcs,data1_preprocessed.npy,SCALED_WITH_GAIN", "data1.fcs,data1_original_events.npy,RAW",
            "'B01 KC-A-W---91-US.fcs','B01 KC-A-W---91-US_preprocessed_events.npy',SCALED_WITH_GAIN"})
    void matchesFlowIoTruthArrays(String fcs, String npy, ValueScale scale) throws IOException {
        Path root = Corpus.file("flowio/data");
        double[][] truth = readNpy(root.resolve("truth").resolve(npy));
        DataSet ds = FcsReader.open(root.resolve("fcs_files").resolve(fcs)).dataSet(0);
        double[][] cols = readAll(ds, scale, 1000);
        assertEquals(truth.length, cols[0].length);
        for (int i = 0; i < truth.length; i++) {
            for (int c = 0; c < cols.length; c++) {
                double e = truth[i][c];
                assertEquals(e, cols[c][i], 1e-9 * Math.max(1, Math.abs(e)), fcs + " event " + i + " channel " + c);
            }
        }
    }

    /** Minimal reader for a C-order little-endian float64 2-D .npy file. */
    static double[][] readNpy(Path p) throws IOException {
        byte[] b = java.nio.file.Files.readAllBytes(p);
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int major = b[6];
        int headerLen = major == 1 ? buf.getShort(8) & 0xFFFF : buf.getInt(8);
        int dataAt = (major == 1 ? 10 : 12) + headerLen;
        String header = new String(b, major == 1 ? 10 : 12, headerLen, java.nio.charset.StandardCharsets.US_ASCII);
        org.junit.jupiter.api.Assertions.assertTrue(header.contains("'<f8'") && header.contains("'fortran_order': False"), header);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\((\\d+), (\\d+)\\)").matcher(header);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), header);
        int rows = Integer.parseInt(m.group(1));
        int colsN = Integer.parseInt(m.group(2));
        double[][] out = new double[rows][colsN];
        buf.position(dataAt);
        for (int i = 0; i < rows; i++) {
            for (int c = 0; c < colsN; c++) {
                out[i][c] = buf.getDouble();
            }
        }
        return out;
    }
}
