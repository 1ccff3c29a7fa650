package org.apogate.fcs;

import static org.apogate.fcs.FcsWriterTest.readAll;
import static org.apogate.fcs.HeaderAndChainTest.hasIssue;
import static org.apogate.fcs.HeaderAndChainTest.twoByTwo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** TEXT tokenizing: delimiters, escapes, empty values, termination, padding, encodings, keys and values. */
class TextSegmentTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {'/', '|', '\\', '*', 0x0C, '\t', 0x1E, 0xFE})
    void anyDelimiterByte(int delim) throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.delim = (byte) delim;
        b.put("$COM", "x");
        DataSet ds = FcsReader.open(b.write(dir, "d.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("Ch2", ds.parameters().get(1).name());
        assertEquals("x", ds.keywords().getOrNull("$COM"));
        assertArrayEquals(new double[] {2, 1023}, readAll(ds, ValueScale.RAW, 10)[1], 0);
    }

    @Test
    void doubledDelimiterInsideKeyOrValueIsEscaped() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.put("$FIL", "C:/data/a.fcs").put("MY/KEY", "v").put("$COM", "ends with /");
        DataSet ds = FcsReader.open(b.write(dir, "esc.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("C:/data/a.fcs", ds.keywords().getOrNull("$FIL"));
        assertEquals("v", ds.keywords().getOrNull("MY/KEY"));
        assertEquals("ends with /", ds.keywords().getOrNull("$COM"));
        assertEquals(2, ds.eventCount());
    }

    @Test
    void emptyValuesWrittenAsAdjacentDelimitersKeepLaterKeywordsPaired() throws IOException {
        FcsBytes b = twoByTwo("2.0");
        b.put("$P1S", "").put("$SRC", "tube 1").put("&5Data File Prefix", "").put("$CYT", "FACSCalibur").put("LAST", "");
        DataSet ds = FcsReader.open(b.write(dir, "empty.fcs")).dataSet(0);
        assertTrue(hasIssue(ds, "TEXT_EMPTY_VALUES"));
        assertEquals("", ds.keywords().getOrNull("$P1S"));
        assertNull(ds.parameters().get(0).stain());
        assertEquals("tube 1", ds.keywords().getOrNull("$SRC"));
        assertEquals("FACSCalibur", ds.keywords().getOrNull("$CYT"));
        assertEquals("", ds.keywords().getOrNull("LAST"));
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 10)[0], 0);
        assertThrows(FcsFormatException.class, () -> FcsReader.open(dir.resolve("empty.fcs"), ReadOptions.strict()));
    }

    @Test
    void facsCaliburEmptyValuesInCorpus() {
        DataSet ds = FcsReader.open(Corpus.file("flowio/data/fcs_files/data1.fcs")).dataSet(0);
        assertEquals("", ds.keywords().getOrNull("&5Data File Prefix Part #1"));
        assertEquals("E#7 Settings #1", ds.keywords().getOrNull("&9Instr. Sett. File"));
        assertEquals("CD4 FITC", ds.keywords().getOrNull("$P3S"));
        assertEquals("FL1-H (CD4 FITC)", ds.parameters().get(2).displayName());
    }

    @Test
    void missingClosingDelimiterIsRecovered() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.closeText = false;
        Path f = b.write(dir, "open.fcs");
        DataSet ds = FcsReader.open(f).dataSet(0);
        assertTrue(hasIssue(ds, "TEXT_UNTERMINATED"));
        assertEquals("1024", ds.keywords().getOrNull("$P2R").trim());
        assertArrayEquals(new double[] {2, 1023}, readAll(ds, ValueScale.RAW, 10)[1], 0);
        assertThrows(FcsFormatException.class, () -> FcsReader.open(f, ReadOptions.strict()));
    }

    @Test
    void paddingAfterTheClosingDelimiterIsIgnored() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.textPadding = "      \0\0\r\n".getBytes(StandardCharsets.US_ASCII);
        DataSet ds = FcsReader.open(b.write(dir, "pad.fcs"), ReadOptions.strict()).dataSet(0);
        assertTrue(hasIssue(ds, "TEXT_PADDING"));
        assertEquals(2, ds.parameterCount());
        assertArrayEquals(new double[] {1, 3}, readAll(ds, ValueScale.RAW, 10)[0], 0);
    }

    @Test
    void utf8WithLatin1Fallback() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.put("$P1S", "Annexin V – µ");
        DataSet utf = FcsReader.open(b.write(dir, "utf8.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("Annexin V – µ", utf.parameters().get(0).stain());
        assertFalse(hasIssue(utf, "TEXT_LATIN1"));

        FcsBytes l = twoByTwo("2.0");
        byte[] text = "/$BYTEORD/1,2/$DATATYPE/I/$MODE/L/$PAR/2/$TOT/2/$P1N/Ch1/$P1B/16/$P1R/1024/$P2N/Ch2/$P2B/16/$P2R/1024/$P1S/\u00b5m/"
                .getBytes(StandardCharsets.ISO_8859_1);
        l.rawText = text;
        l.offsetsInText = false;
        DataSet latin = FcsReader.open(l.write(dir, "latin1.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("\u00b5m", latin.parameters().get(0).stain());
        assertTrue(hasIssue(latin, "TEXT_LATIN1"));
        assertArrayEquals(new double[] {1, 3}, readAll(latin, ValueScale.RAW, 10)[0], 0);
    }

    @Test
    void keysAreCaseInsensitiveAndValuesVerbatim() throws IOException {
        FcsBytes b = new FcsBytes();
        b.put("$byteord", "1,2").put("$DataType", " I").put("$mode", "L").put("$par", "2").put("$TOT", "000002")
                .put("$p1n", "$FSC$").put("$P1B", "16").put("$P1R", "   1024").put("$P2N", "Ch2").put("$P2B", " 16 ")
                .put("$P2R", "0001024").put("$COM", "$keep the dollar ");
        b.data = FcsBytes.ints(java.nio.ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{5, 6}, {7, 8}});
        DataSet ds = FcsReader.open(b.write(dir, "case.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals("000002", ds.keywords().getOrNull("$TOT"));
        assertEquals(2, ds.eventCount());
        assertEquals("$FSC$", ds.parameters().get(0).name());
        assertEquals("$keep the dollar ", ds.keywords().getOrNull("$com"));
        assertEquals(" I", ds.keywords().getOrNull("$DATATYPE"));
        assertEquals(1024, ds.parameters().get(1).range());
        assertEquals(0, ds.channelIndex("$FSC$"));
        assertEquals(1, ds.channelIndex("ch2"));
        assertEquals(-1, ds.channelIndex("Ch3"));
        assertArrayEquals(new double[] {6, 8}, readAll(ds, ValueScale.RAW, 10)[1], 0);
    }

    @Test
    void channelIndexPrefersExactCase() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.put("$P1N", "fsc").put("$P2N", "FSC");
        DataSet ds = FcsReader.open(b.write(dir, "cases.fcs"), ReadOptions.strict()).dataSet(0);
        assertEquals(1, ds.channelIndex("FSC"));
        assertEquals(0, ds.channelIndex("fsc"));
        assertEquals(0, ds.channelIndex("Fsc"));
    }

    @Test
    void duplicateKeywordKeepsTheFirst() throws IOException {
        FcsBytes d = twoByTwo("3.1");
        d.offsetsInText = false;
        d.rawText = "/$BYTEORD/1,2/$DATATYPE/I/$MODE/L/$PAR/2/$TOT/2/$P1N/Ch1/$P1B/16/$P1R/1024/$P2N/Ch2/$P2B/16/$P2R/1024/$COM/first/$com/second/"
                .getBytes(StandardCharsets.US_ASCII);
        Path f = d.write(dir, "dup.fcs");
        DataSet ds = FcsReader.open(f).dataSet(0);
        assertEquals("first", ds.keywords().getOrNull("$COM"));
        assertTrue(hasIssue(ds, "TEXT_DUPLICATE_KEYWORD"));
        assertThrows(FcsFormatException.class, () -> FcsReader.open(f, ReadOptions.strict()));
    }

    @Test
    void duplicateParameterNamesAreReported() throws IOException {
        FcsBytes b = twoByTwo("3.1");
        b.put("$P2N", "Ch1");
        DataSet ds = FcsReader.open(b.write(dir, "dupname.fcs")).dataSet(0);
        assertTrue(hasIssue(ds, "PARAM_NAME_DUPLICATE"));
        assertEquals(0, ds.channelIndex("Ch1"));
    }
}
