package org.apogate.config;

/** Where the spillover matrix comes from; {@code file} is the CSV/TSV matrix used with source {@code file}. */
public record CompensationConfig(CompensationSource source, String file) {

    public CompensationConfig {
        source = source == null ? CompensationSource.AUTO : source;
        Violations v = new Violations();
        if (source == CompensationSource.FILE) {
            v.require(file != null && !file.isBlank(), "file", "required when source is file (path of a CSV/TSV spillover matrix)");
        } else if (file != null) {
            v.add("file", "only used when source is file, but source is " + source.configName());
        }
        v.throwIfAny();
    }

    public static CompensationConfig defaults() {
        return new CompensationConfig(CompensationSource.AUTO, null);
    }
}
