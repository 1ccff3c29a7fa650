package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.ValueScale;
import org.apogate.fcs.WriterChannel;
import org.apogate.fcs.WriterOptions;
import org.apogate.report.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Subsets of a data set written as FCS files: values, order, counts and keywords read back with the reader. */
class EventSubsetWriterTest {
    @TempDir
    Path tmp;

    /** Float32-representable source values, channel-major. 40,000 events span several 16,384-event blocks. */
    private static double[][] floatColumns(int channels, int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] cols = new double[channels][n];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < n; i++) {
                cols[c][i] = (float) ((r.nextDouble() - 0.1) * 1000 * (c + 1));
            }
        }
        return cols;
    }

    private static double[][] readAll(Path file, ValueScale scale) {
        return org.apogate.fcs.AllEvents.read(FcsReader.open(file).dataSet(0), scale);
    }

    private static double[][] select(double[][] cols, BitSet members) {
        double[][] out = new double[cols.length][members.cardinality()];
        int k = 0;
        for (int e = members.nextSetBit(0); e >= 0; e = members.nextSetBit(e + 1)) {
            for (int c = 0; c < cols.length; c++) {
                out[c][k] = cols[c][e];
            }
            k++;
        }
        return out;
    }

    @Test
    void floatSourceRoundTripsSelectedEventsInFileOrderWithItsKeywords() throws IOException {
        int n = 40_000;
        double[][] cols = floatColumns(3, n, 7);
        Path src = tmp.resolve("src.fcs");
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("$CYT", "Test Cytometer");
        kw.put("$DATE", "01-JAN-2024");
        kw.put("$SPILLOVER", "2,FL1-A,FL2-A,1,0.2,0.01,1");
        kw.put("$P2G", "2");
        kw.put("$P2E", "0,0");
        kw.put("$TIMESTEP", "0.01");
        kw.put("CUSTOM KEY", "kept|with delimiter");
        FcsWriter.write(src, List.of(new WriterChannel("FL1-A", "Annexin V", 262144), new WriterChannel("FL2-A", "PI", 262144),
                WriterChannel.of("Time", 1024)), kw, cols);
        DataSet ds = FcsReader.open(src).dataSet(0);

        BitSet odd = new BitSet();
        BitSet blockEdges = new BitSet();
        for (int i = 1; i < n; i += 2) {
            odd.set(i);
        }
        blockEdges.set(0);
        blockEdges.set(16_383);
        blockEdges.set(16_384);
        blockEdges.set(32_767, 32_770);
        blockEdges.set(n - 1);
        Path a = tmp.resolve("out/odd.fcs");
        Path b = tmp.resolve("out/edges.fcs");
        long[] written = EventSubsetWriter.write(ds, List.of(
                new EventSubsetWriter.Subset(odd, a, Map.of("APOGATE_POPULATION", "odd")),
                new EventSubsetWriter.Subset(blockEdges, b, Map.of("APOGATE_POPULATION", "edges"))));

        assertArrayEquals(new long[] {20_000, 7}, written);
        double[][] gotOdd = readAll(a, ValueScale.RAW);
        double[][] wantOdd = select(cols, odd);
        for (int c = 0; c < 3; c++) {
            assertArrayEquals(wantOdd[c], gotOdd[c], "channel " + c);
        }
        double[][] gotEdges = readAll(b, ValueScale.RAW);
        assertEquals(cols[1][16_384], gotEdges[1][2]);
        assertEquals(cols[0][n - 1], gotEdges[0][6]);

        DataSet out = FcsReader.open(a).dataSet(0);
        assertEquals("3.1", out.version());
        assertEquals(20_000, out.eventCount());
        assertEquals("Test Cytometer", out.keywords().getOrNull("$CYT"));
        assertEquals("01-JAN-2024", out.keywords().getOrNull("$DATE"));
        assertEquals("2,FL1-A,FL2-A,1,0.2,0.01,1", out.keywords().getOrNull("$SPILLOVER"));
        assertEquals("kept|with delimiter", out.keywords().getOrNull("CUSTOM KEY"));
        assertEquals("2", out.keywords().getOrNull("$P2G"));
        assertEquals("Annexin V", out.parameters().get(0).stain());
        assertEquals(1024, out.parameters().get(2).range());
        assertEquals("odd", out.keywords().getOrNull("APOGATE_POPULATION"));
        assertEquals("edges", FcsReader.open(b).dataSet(0).keywords().getOrNull("APOGATE_POPULATION"));
        // Gating reads $PnG-divided values: the export must give the same numbers as the source.
        double[][] scaledSource = select(readAll(src, ValueScale.SCALED_WITH_GAIN), odd);
        assertArrayEquals(scaledSource[1], readAll(a, ValueScale.SCALED_WITH_GAIN)[1]);
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)));
        }
    }

    @Test
    void integerLogSourceIsWrittenAsFloatChannelNumbersWithLinearPnE() {
        int n = 5000;
        double[][] cols = new double[2][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = i % 1024;
            cols[1][i] = (i * 7) % 1024;
        }
        Path src = tmp.resolve("int.fcs");
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("$P1E", "4,1");
        kw.put("$P2E", "0,0");
        kw.put("$P1DATATYPE", "I");
        FcsWriter.write(src, List.of(WriterChannel.of("FL1-H", 1024), WriterChannel.of("FSC-H", 1024)), kw, cols,
                WriterOptions.integer(16, ByteOrder.BIG_ENDIAN));
        DataSet ds = FcsReader.open(src).dataSet(0);
        assertTrue(ds.parameters().get(0).isLog());
        BitSet all = new BitSet();
        all.set(0, n);
        Path out = tmp.resolve("int_all.fcs");
        EventSubsetWriter.write(ds, List.of(new EventSubsetWriter.Subset(all, out, Map.of())));

        DataSet back = FcsReader.open(out).dataSet(0);
        assertEquals('F', back.parameters().get(0).dataType());
        assertEquals("0,0", back.keywords().getOrNull("$P1E"));
        assertFalse(back.keywords().contains("$P1DATATYPE"));
        assertFalse(back.parameters().get(0).isLog());
        assertEquals("4,1", back.keywords().getOrNull("APOGATE_SOURCE_P1E"));
        assertFalse(back.keywords().contains("APOGATE_SOURCE_P2E"));
        assertEquals(1024, back.parameters().get(0).range());
        double[][] got = readAll(out, ValueScale.RAW);
        assertArrayEquals(cols[0], got[0]);
        assertArrayEquals(cols[1], got[1]);
    }

    @Test
    void emptySubsetGivesAReadableFileWithNoEvents() {
        double[][] cols = floatColumns(2, 100, 3);
        Path src = tmp.resolve("small.fcs");
        FcsWriter.write(src, List.of(WriterChannel.of("A", 1024), WriterChannel.of("B", 1024)), Map.of(), cols);
        Path out = tmp.resolve("none.fcs");
        long[] written = EventSubsetWriter.write(FcsReader.open(src).dataSet(0),
                List.of(new EventSubsetWriter.Subset(new BitSet(), out, Map.of())));
        assertArrayEquals(new long[] {0}, written);
        DataSet back = FcsReader.open(out).dataSet(0);
        assertEquals(0, back.eventCount());
        assertEquals(2, back.parameterCount());
    }

    @Test
    void replacesAnEarlierExportAndFailsCleanlyWhenTheFolderIsAFile() throws IOException {
        double[][] cols = floatColumns(1, 10, 5);
        Path src = tmp.resolve("ten.fcs");
        FcsWriter.write(src, List.of(WriterChannel.of("A", 1024)), Map.of(), cols);
        DataSet ds = FcsReader.open(src).dataSet(0);
        Path out = tmp.resolve("ten_sub.fcs");
        Files.writeString(out, "old content");
        BitSet three = new BitSet();
        three.set(2, 5);
        EventSubsetWriter.write(ds, List.of(new EventSubsetWriter.Subset(three, out, Map.of())));
        assertEquals(3, FcsReader.open(out).dataSet(0).eventCount());

        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file, not a folder");
        PipelineException e = assertThrows(PipelineException.class, () -> EventSubsetWriter.write(ds,
                List.of(new EventSubsetWriter.Subset(three, blocker.resolve("x.fcs"), Map.of()))));
        assertTrue(e.getMessage().contains("x.fcs"), e.getMessage());
    }
}
