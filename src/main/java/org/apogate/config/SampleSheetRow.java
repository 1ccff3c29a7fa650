package org.apogate.config;

import java.util.LinkedHashMap;

/**
 * One row of a sample sheet: the file (matched by file name), its role, its group (may be empty),
 * optional channel pins for this file (null when not given) and the extra metadata columns in order.
 */
public record SampleSheetRow(String file, SampleRole role, String group, String annexinChannel,
        String viabilityChannel, LinkedHashMap<String, String> metadata) {

    public SampleSheetRow {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("a sample sheet row needs a file name");
        }
        if (role == null) {
            throw new IllegalArgumentException("a sample sheet row needs a role");
        }
        group = group == null ? "" : group;
        metadata = metadata == null ? new LinkedHashMap<>() : new LinkedHashMap<>(metadata);
    }

    /** A copy, so callers cannot change the row. */
    @Override
    public LinkedHashMap<String, String> metadata() {
        return new LinkedHashMap<>(metadata);
    }

    /** The file name alone (no directories), as used for matching input files. */
    public String fileName() {
        return SampleSheet.fileNameOf(file);
    }
}
