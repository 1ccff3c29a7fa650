package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skipping events lands exactly where reading them would have. */
class SkipTest {
    @TempDir
    Path dir;

    @Test
    void skipThenReadGivesTheSameEventsAsReadingEverything() throws Exception {
        int n = 10_000;
        double[][] cols = new double[2][n];
        for (int i = 0; i < n; i++) {
            cols[0][i] = i;
            cols[1][i] = -i * 0.5;
        }
        Path f = dir.resolve("seq.fcs");
        FcsWriter.write(f, List.of(WriterChannel.of("A", 1 << 20), WriterChannel.of("B", 1 << 20)), Map.of(), cols);
        try (EventSource src = FcsReader.open(f).dataSet(0).openEvents(ValueScale.RAW, 100)) {
            EventBlock b = src.next();
            assertEquals(0, b.firstEvent());
            assertEquals(2_000, src.skip(2_000));
            b = src.next();
            assertEquals(2_100, b.firstEvent());
            assertEquals(2_100.0, b.column(0)[0]);
            assertEquals(-1_050.0, b.column(1)[0]);
            assertArrayEquals(java.util.Arrays.copyOfRange(cols[0], 2_100, 2_200), java.util.Arrays.copyOf(b.column(0), 100));
            assertEquals(n - 2_200, src.skip(1_000_000), "skip stops at the end of the data");
            assertNull(src.next());
        }
    }
}
