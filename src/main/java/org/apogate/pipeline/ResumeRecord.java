package org.apogate.pipeline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apogate.report.AtomicFiles;
import org.apogate.report.JsonValues;
import org.apogate.report.SampleSummary;

/**
 * A sample's completed result, stored beside its outputs ({@code result.json}) with the key it was
 * computed under: input hash, config hash and its group's control hashes. {@code --resume} reuses
 * it only when the key matches and every output named is present.
 */
record ResumeRecord(String key, SampleSummary summary) {
    static final String FILE = "result.json";

    static Optional<SampleSummary> load(Path sampleDir, String key) {
        Path f = sampleDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            ResumeRecord r = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(f.toFile(), ResumeRecord.class);
            return key.equals(r.key()) && r.summary() != null ? Optional.of(r.summary()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable: simply recompute
        }
    }

    void save(Path sampleDir) {
        AtomicFiles.writeBytes(sampleDir.resolve(FILE), JsonValues.pretty(this));
    }
}
