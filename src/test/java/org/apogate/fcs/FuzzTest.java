package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded, bounded fuzzing of real corpus files: truncations, byte flips (mostly in HEADER and TEXT,
 * where the structure lives), and digit changes in TEXT numbers. Reading metadata and every event must
 * either succeed or throw {@link FcsFormatException}; nothing else may escape.
 */
class FuzzTest {
    private static final int MUTATIONS_PER_FILE = Integer.getInteger("apogate.fuzz.mutations", 300);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {
        "flowio/data/fcs_files/data1.fcs",
        "flowio/data/fcs_files/coulter.lmd",
        "flowio/data/fcs_files/variable_int_example.fcs",
        "flowio/data/fcs_files/data_start_offset_discrepancy_example.fcs",
        "flowio/data/fcs_files/B01 KC-A-W---91-US.fcs",
        "fcsparser/fcsparser/tests/data/FlowCytometers/cyflow_cube_8/cyflow_cube_8.fcs",
        "fcsparser/fcsparser/tests/data/FlowCytometers/cytek-nl-2000/sample_header.fcs",
        "fcsparser/fcsparser/tests/data/FlowCytometers/MiltenyiBiotec/FCS3.1/SG_2014-09-26_Duplicate_Names.fcs",
        "flowkit/data/index_sorted/index_sorted_example.fcs",
        "flowkit/data/simple_line_example/data_set_simple_line_100.fcs"})
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against hangs, not a speed assertion
    void mutationsOnlyEverGiveFcsFormatException(String rel) throws IOException {
        Path source = Corpus.file(rel);
        byte[] original = Files.readAllBytes(source);
        Path work = dir.resolve("fuzz.fcs");
        Files.write(work, original);
        Random rnd = new Random(rel.hashCode() * 31L + 20261125L);
        int metaEnd = metadataEnd(original);
        int succeeded = 0;
        try (FileChannel ch = FileChannel.open(work, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
                String what;
                int kind = rnd.nextInt(10);
                if (kind < 2) {
                    int len = rnd.nextInt(original.length);
                    ch.truncate(len);
                    what = "truncate to " + len;
                    succeeded += check(work, rel, what, m);
                    ch.write(ByteBuffer.wrap(original, len, original.length - len), len);
                    continue;
                }
                int count = 1 + rnd.nextInt(8);
                int[] at = new int[count];
                StringBuilder sb = new StringBuilder(kind < 5 ? "digits" : "flip");
                for (int i = 0; i < count; i++) {
                    boolean meta = rnd.nextInt(10) < 8;
                    at[i] = meta ? rnd.nextInt(Math.max(1, metaEnd)) : rnd.nextInt(original.length);
                    byte nb;
                    if (kind < 5 && isDigit(original[at[i]])) {
                        nb = (byte) (rnd.nextInt(10) == 0 ? '-' : '0' + rnd.nextInt(10));
                    } else if (kind < 5) {
                        nb = (byte) ('0' + rnd.nextInt(10));
                    } else {
                        nb = (byte) (original[at[i]] ^ (1 << rnd.nextInt(8)));
                    }
                    sb.append(' ').append(at[i]).append('=').append(nb & 0xFF);
                    ch.write(ByteBuffer.wrap(new byte[] {nb}), at[i]);
                }
                succeeded += check(work, rel, sb.toString(), m);
                for (int i = count - 1; i >= 0; i--) {
                    ch.write(ByteBuffer.wrap(original, at[i], 1), at[i]);
                }
            }
        }
        // the fuzzing must exercise the reading path too, not only the early rejections
        assertTrue(succeeded > 0, "no mutation of " + rel + " was readable");
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    /** End of HEADER + TEXT of the first data set (where most structure lives). */
    private static int metadataEnd(byte[] b) {
        try {
            String end = new String(b, 18, 8, java.nio.charset.StandardCharsets.US_ASCII).trim();
            return (int) Math.min(b.length, Long.parseLong(end) + 1);
        } catch (RuntimeException e) {
            return Math.min(b.length, 4096);
        }
    }

    private static int check(Path work, String rel, String what, int m) {
        Stringency s = Stringency.values()[m % 3];
        try {
            FcsFile f = FcsReader.open(work, new ReadOptions(s));
            for (DataSet ds : f.dataSets()) {
                ds.keywords().asMap().size();
                List<Parameter> ps = ds.parameters();
                ps.forEach(Parameter::displayName);
                ds.analysis();
                ds.eventCount();
                if (!ds.hasReadableData()) {
                    continue;
                }
                ValueScale scale = ValueScale.values()[m % 3];
                try (EventSource src = ds.openEvents(scale, 1 + (m * 37) % 5000)) {
                    long n = 0;
                    EventBlock b;
                    while ((b = src.next()) != null) {
                        n += b.size();
                    }
                    if (n != ds.eventCount()) {
                        fail(rel + " mutation " + m + " (" + what + "): streamed " + n + " events, eventCount " + ds.eventCount());
                    }
                }
            }
            return 1;
        } catch (FcsFormatException e) {
            if (e.getMessage().contains("\n")) {
                fail("multi-line message: " + e.getMessage());
            }
            return 0;
        } catch (RuntimeException | OutOfMemoryError e) {
            throw new AssertionError(rel + " mutation " + m + " (" + what + ", " + s + "): " + e, e);
        }
    }
}
