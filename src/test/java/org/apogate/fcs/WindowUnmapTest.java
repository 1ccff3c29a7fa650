package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Mapped windows are unmapped when the stream leaves them or the source closes: values stay exact
 * across many remaps, at most one window of a source is mapped at a time, and a closed source throws
 * instead of touching unmapped memory.
 */
class WindowUnmapTest {
    private static final int EVENTS = 3_000;
    private static final Path MAPS = Path.of("/proc/self/maps");

    @TempDir
    Path dir;
    /** The file {@link #file} wrote last. */
    private Path written;

    /** Event i holds i, 2i+1, 3i+2 (int32 uniform, or 1/2/4-byte fields that take the generic loop). */
    private DataSet file(boolean uniform) throws IOException {
        int[] bits = uniform ? new int[] {32, 32, 32} : new int[] {16, 32, 32};
        int[] widths = uniform ? new int[] {4, 4, 4} : new int[] {2, 4, 4};
        long[][] rows = new long[EVENTS][];
        for (int i = 0; i < EVENTS; i++) {
            rows[i] = new long[] {i, 2L * i + 1, 3L * i + 2};
        }
        FcsBytes b = FcsBytes.listMode('I', "4,3,2,1", EVENTS, bits, new long[] {65536, 65536, 65536});
        b.data = FcsBytes.ints(ByteOrder.BIG_ENDIAN, widths, rows);
        written = b.write(dir, uniform ? "u.fcs" : "g.fcs");
        return FcsReader.open(written, ReadOptions.strict()).dataSet(0);
    }

    private static void assertEvents(EventBlock b) {
        for (int i = 0; i < b.size(); i++) {
            long e = b.firstEvent() + i;
            assertEquals(e, b.column(0)[i], 0, "event " + e);
            assertEquals(2 * e + 1, b.column(1)[i], 0, "event " + e);
            assertEquals(3 * e + 2, b.column(2)[i], 0, "event " + e);
        }
    }

    /** Lines of /proc/self/maps that map {@code file}; -1 where that file does not exist. */
    private static long mappings(Path file) throws IOException {
        if (!Files.isReadable(MAPS)) {
            return -1;
        }
        String name = " " + file.toRealPath();
        try (var lines = Files.lines(MAPS)) {
            return lines.filter(l -> l.endsWith(name)).count();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void valuesStayExactAcrossManyUnmappedWindows(boolean uniform) throws IOException {
        DataSet ds = file(uniform);
        int eventBytes = ds.eventBytes();
        // one event per window, a few events per window, and windows that end inside an event
        for (int window : new int[] {eventBytes, 5 * eventBytes, 100, 4096}) {
            long seen = 0;
            try (EventSource src = ds.openEvents(ValueScale.RAW, 7, window)) {
                for (EventBlock b = src.next(); b != null; b = src.next()) {
                    assertEvents(b);
                    seen += b.size();
                    long maps = mappings(written);
                    assertTrue(maps <= 1, "window " + window + ": " + maps + " mappings after event " + seen);
                }
            }
            assertEquals(EVENTS, seen, "window " + window);
            long maps = mappings(written);
            assertTrue(maps <= 0, "closing left " + maps + " mappings");
        }
    }

    @Test
    void windowsAreReallyUnmappedOnThisJvm() throws IOException {
        assumeTrue(Files.isReadable(MAPS), "needs /proc/self/maps");
        assertTrue(Unmapper.available());
        Path f = Files.write(dir.resolve("bytes"), new byte[8192]);
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            MappedByteBuffer m = ch.map(FileChannel.MapMode.READ_ONLY, 0, 8192);
            assertEquals(1, mappings(f));
            assertFalse(Unmapper.unmap(m.slice(0, 10)), "a slice is not unmapped");
            assertEquals(1, mappings(f));
            assertTrue(Unmapper.unmap(m));
            assertEquals(0, mappings(f));
        }
    }

    @Test
    void sourcesOnOneFileKeepTheirOwnWindows() throws IOException {
        DataSet ds = file(true);
        int window = 4 * ds.eventBytes();
        try (EventSource a = ds.openEvents(ValueScale.RAW, 5, window);
             EventSource b = ds.openEvents(ValueScale.RAW, 3, window)) {
            assertEquals(1_000, b.skip(1_000));
            for (int k = 0; k < 50; k++) {
                assertEvents(a.next());
                assertEvents(b.next());
                if (k % 10 == 0) {
                    assertEquals(97, a.skip(97), "skips over many windows");
                }
            }
            EventSource c = ds.openEvents(ValueScale.RAW, 5, window);
            assertEvents(c.next());
            c.close();
            // closing c unmapped only c's window
            for (EventBlock blk = a.next(); blk != null; blk = a.next()) {
                assertEvents(blk);
            }
            assertEvents(b.next());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aClosedSourceThrowsInsteadOfReading(boolean uniform) throws IOException {
        DataSet ds = file(uniform);
        EventSource src = ds.openEvents(ValueScale.RAW, 7, 5 * ds.eventBytes());
        assertEvents(src.next());
        src.close();
        assertThrows(IllegalStateException.class, src::next);
        assertThrows(IllegalStateException.class, () -> src.skip(10));
        src.close(); // a second close is a no-op
        assertThrows(IllegalStateException.class, src::next);

        EventSource done = ds.openEvents(ValueScale.RAW, EVENTS, 4096);
        assertEvents(done.next());
        assertNull(done.next());
        done.close();
        assertThrows(IllegalStateException.class, done::next);
    }
}
