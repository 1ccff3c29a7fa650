package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HEADER field styles, versions, offsets only in TEXT, supplemental TEXT, ANALYSIS, $NEXTDATA chains. */
class HeaderAndChainTest {
    @TempDir
    Path dir;

    static FcsBytes twoByTwo(String version) {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 2, new int[] {16, 16}, new long[] {1024, 1024});
        b.version = version;
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{1, 2}, {3, 1023}});
        return b;
    }

    static boolean hasIssue(DataSet ds, String code) {
        return ds.issues().stream().anyMatch(i -> i.code().equals(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.0", "3.0", "3.1", "3.2"})
    void everyVersionReads(String version) throws IOException {
        DataSet ds = FcsReader.open(twoByTwo(version).write(dir, "v.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals(version, ds.version());
        assertArrayEquals(new double[] {2, 1023}, readAll(ds, ValueScale.RAW, 10)[1], 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"right", "left", "zero"})
    void headerOffsetsInAnyJustification(String style) throws IOException {
        FcsBytes b = twoByTwo("3.0");
        b.headerStyle = style;
        DataSet ds = FcsReader.open(b.write(dir, "h.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals(58, ds.header().textStart());
        assertEquals(ds.header().dataStart(), ds.dataStart());
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 10)[0], 0);
    }

    @Test
    void blankHeaderDataOffsetsTakeTheTextOnes() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.headerStyle = "blank"; // as writers do for segments past 99,999,999 bytes
        DataSet ds = FcsReader.open(b.write(dir, "blank.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals(0, ds.header().dataStart());
        assertEquals(Long.parseLong(ds.keywords().getOrNull("$BEGINDATA")), ds.dataStart());
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 10)[0], 0);
    }

    @Test
    void zeroHeaderDataOffsetsTakeTheTextOnes() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.headerEdit = h -> new long[] {h[0], h[1], 0, 0, h[4], h[5]};
        DataSet ds = FcsReader.open(b.write(dir, "zero.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals(2, ds.eventCount());
        assertArrayEquals(new double[] {2, 1023}, readAll(ds, ValueScale.RAW, 1)[1], 0);
    }

    @Test
    void supplementalTextIsMergedAndPrimaryWins() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.put("$CYT", "Primary");
        b.stext = "/$CYT/Supplemental/EXTRA KEY/with value/".getBytes(StandardCharsets.US_ASCII);
        DataSet ds = FcsReader.open(b.write(dir, "stext.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("Primary", ds.keywords().getOrNull("$CYT"));
        assertEquals("with value", ds.keywords().getOrNull("extra key"));
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 10)[0], 0);
    }

    @Test
    void analysisSegmentIsExposedRaw() throws IOException {
        FcsBytes b = twoByTwo("3.0");
        byte[] ana = {'/', 'G', '1', '/', 'x', '/', 0, (byte) 0xFF};
        b.analysis = ana;
        DataSet ds = FcsReader.open(b.write(dir, "ana.fcs"), ReadOptions.strict()).dataSet(0);
        assertArrayEquals(ana, ds.analysis().orElseThrow());
        DataSet none = FcsReader.open(twoByTwo("3.0").write(dir, "noana.fcs")).dataSet(0);
        assertTrue(none.analysis().isEmpty());
    }

    /** Two data sets chained by $NEXTDATA, offsets of the second relative to its own HEADER. */
    static byte[] chain(FcsBytes first, FcsBytes second, Long forcedNext) {
        byte[] two = second.build();
        first.put("$NEXTDATA", "00000000");
        int len = first.build().length;
        first.put("$NEXTDATA", String.format("%08d", forcedNext != null ? forcedNext : len));
        byte[] one = first.build();
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(one);
        o.writeBytes(two);
        return o.toByteArray();
    }

    @Test
    void nextDataChainReadsBothDataSets() throws IOException {
        FcsBytes second = FcsBytes.listMode('F', "4,3,2,1", 3, new int[] {32}, new long[] {262144});
        second.version = "3.0";
        second.data = FcsBytes.floats(ByteOrder.BIG_ENDIAN, new float[][] {{1.5f}, {-2f}, {3.25f}});
        Path f = dir.resolve("chain.lmd");
        Files.write(f, chain(twoByTwo("2.0"), second, null));
        FcsFile file = FcsReader.open(f, ReadOptions.strict());
        assertEquals(2, file.dataSetCount());
        assertEquals("2.0", file.dataSet(0).version());
        assertEquals("3.0", file.dataSet(1).version());
        assertTrue(file.dataSet(1).offset() > 0);
        assertArrayEquals(new double[] {1, 3}, readAll(file.dataSet(0), ValueScale.RAW, 10)[0], 0);
        assertArrayEquals(new double[] {1.5, -2, 3.25}, readAll(file.dataSet(1), ValueScale.RAW, 2)[0], 0);
    }

    @Test
    void nextDataIntoGarbageEndsTheChainKeepingEarlierDataSets() throws IOException {
        Path f = dir.resolve("garbage.fcs");
        // $NEXTDATA 1 points inside the first HEADER, where there is no "FCS" magic
        Files.write(f, chain(twoByTwo("3.0"), twoByTwo("3.0"), 1L));
        FcsFile file = FcsReader.open(f);
        assertEquals(1, file.dataSetCount());
        assertTrue(hasIssue(file.dataSet(0), "NEXTDATA_UNREADABLE"));
        assertThrows(FcsFormatException.class, () -> FcsReader.open(f, ReadOptions.strict()));
    }

    @Test
    void negativeNextDataCannotLoopBack() throws IOException {
        FcsBytes b = twoByTwo("3.0");
        b.put("$NEXTDATA", "-58");
        FcsFile file = FcsReader.open(b.write(dir, "neg.fcs"));
        assertEquals(1, file.dataSetCount());
        assertTrue(hasIssue(file.dataSet(0), "NEXTDATA_INVALID"));
    }

    @Test
    void chainLengthIsBounded() throws IOException {
        Path f = dir.resolve("bounded.fcs");
        Files.write(f, chain(twoByTwo("3.0"), twoByTwo("3.0"), null));
        assertEquals(2, FcsReader.open(f).dataSetCount());
        FcsFile capped = FcsReader.open(f, new ReadOptions(Stringency.LENIENT, 1));
        assertEquals(1, capped.dataSetCount());
        assertTrue(hasIssue(capped.dataSet(0), "NEXTDATA_LOOP"));
    }

    @Test
    void nextDataPastEofEndsTheChainWithAnIssue() throws IOException {
        FcsBytes b = twoByTwo("3.0");
        b.put("$NEXTDATA", "99999999");
        FcsFile file = FcsReader.open(b.write(dir, "past.fcs"));
        assertEquals(1, file.dataSetCount());
        assertTrue(hasIssue(file.dataSet(0), "NEXTDATA_PAST_EOF"));
    }

    @Test
    void beckmanLmdHoldsTwoDataSets() {
        Path f = Corpus.file("flowio/data/fcs_files/coulter.lmd");
        FcsFile file = FcsReader.open(f);
        assertEquals(2, file.dataSetCount());
        assertEquals(363602, file.dataSet(1).offset());
        assertEquals("1048576", file.dataSet(1).keywords().getOrNull("$P1R").trim());
        assertTrue(hasIssue(file.dataSet(0), "DATA_END_OFF_BY_ONE"));
    }

    @Test
    void metadataOnlyOpenReadsAFileWithoutData() {
        Path f = Corpus.file("fcsparser/fcsparser/tests/data/FlowCytometers/cytek-nl-2000/sample_header.fcs");
        DataSet ds = FcsReader.open(f).dataSet(0);
        assertEquals(27, ds.parameterCount());
        assertEquals(20000, ds.eventCount());
        assertTrue(hasIssue(ds, "TEXT_UNTERMINATED"));
        FcsFormatException e = assertThrows(FcsFormatException.class, ds::openEvents);
        assertTrue(e.getMessage().contains("past the end of the file"), e.getMessage());
        assertEquals("$BEGINDATA", e.keyword().orElseThrow());
        assertEquals(5912, e.offset());
        assertThrows(FcsFormatException.class, () -> FcsReader.open(f, ReadOptions.strict()));
    }
}
