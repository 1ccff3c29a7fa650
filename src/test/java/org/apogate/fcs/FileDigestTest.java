package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestTest {
    @TempDir
    Path tmp;

    @Test
    void equalsTheDigestOfTheWholeContentAcrossWindowBoundaries() throws Exception {
        // empty, tiny, and just over one 32 MB window
        for (int size : new int[] {0, 1, 1000, 32 * 1024 * 1024 + 7}) {
            byte[] bytes = new byte[size];
            new SplittableRandom(size).nextBytes(bytes);
            Path f = tmp.resolve("f" + size);
            Files.write(f, bytes);
            byte[] expected = MessageDigest.getInstance("SHA-256").digest(bytes);
            assertArrayEquals(expected, FileDigest.digest(f, MessageDigest.getInstance("SHA-256")), "size " + size);
        }
    }

    @Test
    void aMissingFileIsAnIoError() {
        assertThrows(IOException.class, () -> FileDigest.digest(tmp.resolve("absent"), MessageDigest.getInstance("SHA-256")));
    }
}
