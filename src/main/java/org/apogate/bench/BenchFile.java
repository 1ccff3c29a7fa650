package org.apogate.bench;

import java.nio.file.Path;

/**
 * A generated benchmark file and where its DATA lies.
 *
 * @param dataStart absolute offset of the first DATA byte
 * @param dataBytes DATA length in bytes ({@code events * 14 * 4})
 */
record BenchFile(Path path, BenchLayout layout, long events, long dataStart, long dataBytes) {

    /** The plain scan over exactly the DATA bytes the reader decodes. */
    MappedScan.Result scan() {
        return MappedScan.scan(path, dataStart, dataBytes, layout.order(), layout.valueKind(), layout.mask());
    }

    double megabytes() {
        return dataBytes / 1e6;
    }
}
