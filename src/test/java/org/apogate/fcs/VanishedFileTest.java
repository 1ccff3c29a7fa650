package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file removed between reading its keywords and its events gives a typed error naming it. */
class VanishedFileTest {
    @TempDir
    Path dir;

    @Test
    void eventsOfAFileDeletedAfterOpeningGiveATypedError() throws Exception {
        Path f = dir.resolve("gone.fcs");
        FcsWriter.write(f, List.of(WriterChannel.of("FSC-A", 1024), WriterChannel.of("SSC-A", 1024)), Map.of(),
                new double[][] {{1, 2, 3}, {4, 5, 6}});
        DataSet ds = FcsReader.open(f).dataSet(0);
        assertEquals(3, ds.eventCount());
        Files.delete(f);
        FcsFormatException e = assertThrows(FcsFormatException.class, ds::openEvents);
        assertTrue(e.getMessage().contains("gone.fcs"), e.getMessage());
        assertThrows(FcsFormatException.class, () -> FcsReader.open(dir));
    }
}
