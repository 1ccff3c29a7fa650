package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gives one-line FcsFormatExceptions naming the file and where, never a runtime crash. */
class BadInputTest {
    @TempDir
    Path dir;

    private static FcsFormatException fails(Path f, Executable e) {
        FcsFormatException x = assertThrows(FcsFormatException.class, e);
        assertTrue(x.getMessage().startsWith(f.toString()), x.getMessage());
        assertFalse(x.getMessage().contains("\n"), x.getMessage());
        assertEquals(f, x.file());
        return x;
    }

    private static FcsBytes valid() {
        FcsBytes b = FcsBytes.listMode('I', "1,2", 2, new int[] {16, 16}, new long[] {1024, 1024});
        b.data = FcsBytes.ints(ByteOrder.LITTLE_ENDIAN, new int[] {2, 2}, new long[][] {{1, 2}, {3, 4}});
        return b;
    }

    @Test
    void tenRandomBytesFromTheCorpus() {
        Path f = Corpus.file("fcsparser/fcsparser/tests/data/FlowCytometers/corrupted/corrupted.fcs");
        FcsFormatException e = fails(f, () -> FcsReader.open(f));
        assertEquals(0, e.offset());
    }

    @Test
    void htmlPageSavedAsFcs() throws IOException {
        Path f = dir.resolve("page.fcs");
        Files.writeString(f, "<!DOCTYPE html>\n<html><head><title>Download</title></head><body>Not found</body></html>\n");
        FcsFormatException e = fails(f, () -> FcsReader.open(f));
        assertTrue(e.getMessage().contains("not an FCS file"), e.getMessage());
    }

    @Test
    void emptyAndMissingFiles() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.fcs"));
        fails(empty, () -> FcsReader.open(empty));
        Path missing = dir.resolve("missing.fcs");
        fails(missing, () -> FcsReader.open(missing));
        fails(dir, () -> FcsReader.open(dir));
    }

    @Test
    void headerOnly() throws IOException {
        Path f = dir.resolve("header.fcs");
        Files.write(f, java.util.Arrays.copyOf(valid().build(), 58));
        fails(f, () -> FcsReader.open(f));
    }

    @Test
    void negativeHeaderOffset() throws IOException {
        byte[] b = valid().build();
        System.arraycopy("     -58".getBytes(StandardCharsets.US_ASCII), 0, b, 26, 8);
        Path f = dir.resolve("neg.fcs");
        Files.write(f, b);
        FcsFormatException e = fails(f, () -> FcsReader.open(f));
        assertEquals(26, e.offset());
    }

    @Test
    void textOffsetsBackwards() throws IOException {
        FcsBytes b = valid();
        b.headerEdit = h -> new long[] {h[1], h[0], h[2], h[3], h[4], h[5]};
        Path f = b.write(dir, "back.fcs");
        fails(f, () -> FcsReader.open(f));
    }

    @Test
    void hugeTot() throws IOException {
        FcsBytes b = valid();
        b.put("$TOT", "1000000000000");
        Path f = b.write(dir, "tot.fcs");
        DataSet ds = FcsReader.open(f).dataSet(0);
        FcsFormatException e = fails(f, ds::openEvents);
        assertEquals("$TOT", e.keyword().orElseThrow());
        fails(f, () -> FcsReader.open(f, ReadOptions.strict()));
    }

    @Test
    void hugeParameterCount() throws IOException {
        FcsBytes b = valid();
        b.put("$PAR", "1000000");
        Path f = b.write(dir, "par.fcs");
        FcsFormatException e = fails(f, () -> FcsReader.open(f));
        assertEquals("$PAR", e.keyword().orElseThrow());
    }

    @Test
    void negativeNonNumericAndMissingKeywords() throws IOException {
        String[][] cases = {{"$PAR", "two"}, {"$PAR", "-1"}, {"$P1B", "abc"}, {"$P1B", "0"}, {"$P1B", "999"},
                {"$DATATYPE", "X"}, {"$P2B", "*"}};
        for (String[] c : cases) {
            FcsBytes b = valid();
            b.put(c[0], c[1]);
            Path f = b.write(dir, "kw.fcs");
            FcsFormatException e = fails(f, () -> FcsReader.open(f));
            assertEquals(c[0], e.keyword().orElseThrow(), e.getMessage());
        }
        for (String k : new String[] {"$PAR", "$DATATYPE", "$P2B"}) {
            FcsBytes b = valid();
            b.kw.remove(k);
            Path f = b.write(dir, "miss.fcs");
            FcsFormatException e = fails(f, () -> FcsReader.open(f));
            assertEquals(k, e.keyword().orElseThrow(), e.getMessage());
        }
    }

    @Test
    void fcs1IsUnsupported() throws IOException {
        FcsBytes b = valid();
        b.version = "1.0";
        Path f = b.write(dir, "v1.fcs");
        assertThrows(UnsupportedFcsException.class, () -> FcsReader.open(f));
    }

    @Test
    void textWithoutAnyPairs() throws IOException {
        FcsBytes b = valid();
        b.rawText = "//".getBytes(StandardCharsets.US_ASCII);
        b.offsetsInText = false;
        Path f = b.write(dir, "nopairs.fcs");
        fails(f, () -> FcsReader.open(f));
    }
}
