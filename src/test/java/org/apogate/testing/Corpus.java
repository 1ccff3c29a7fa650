package org.apogate.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared real-file corpus ({@code ../shared/fcs-corpus}, or the system property
 * {@code apogate.corpus}). Tests that need it call {@link #require()}, which skips the test with a
 * visible reason when the folder is absent (a user's clone), so nothing passes silently.
 */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String prop = System.getProperty("apogate.corpus");
        Path p = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "shared", "fcs-corpus");
        return p.toAbsolutePath().normalize();
    }

    public static boolean present() {
        return Files.isRegularFile(root().resolve("oracle.json"));
    }

    /** The corpus root; skips the calling test, with a message naming the path, when it is absent. */
    public static Path require() {
        Path root = root();
        if (!present()) {
            System.err.println("SKIPPED: shared FCS corpus not found at " + root
                    + " (set -Dapogate.corpus=DIR to run the real-file tests)");
        }
        assumeTrue(present(), "shared FCS corpus not found at " + root + "; set -Dapogate.corpus=DIR");
        return root;
    }

    /** A file below the corpus root; skips when the corpus is absent. */
    public static Path file(String relative) {
        return require().resolve(relative);
    }
}
