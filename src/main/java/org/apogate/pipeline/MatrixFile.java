package org.apogate.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.compensation.CompensationException;
import org.apogate.compensation.SpilloverCsv;
import org.apogate.compensation.SpilloverMatrix;

/**
 * The config's {@code compensation.file}, read once per run: the matrix every sample uses and the
 * SHA-256 that provenance and resume keys record come from the same bytes, even if the file
 * changes while a batch runs.
 *
 * @param path   the file, resolved against the config's folder
 * @param sha256 of its bytes
 * @param matrix parsed from those bytes
 */
public record MatrixFile(Path path, String sha256, SpilloverMatrix matrix) {

    /** @throws CompensationException when the file is missing, unreadable or not a spillover matrix */
    public static MatrixFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new CompensationException("compensation.file " + path + ": no such file: expected a CSV spillover matrix");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CompensationException("compensation.file " + path + ": cannot read: " + e.getMessage(), e);
        }
        return new MatrixFile(path, Hashes.sha256(content), SpilloverCsv.parse(path.getFileName().toString(), content));
    }
}
