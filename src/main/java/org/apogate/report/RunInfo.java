package org.apogate.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The run header of the HTML report. The date is passed in (not read from the clock) so the same run
 * description renders the same page.
 *
 * @param config short config summary lines, e.g. "annexin channel" -> "FITC-A", in display order
 */
public record RunInfo(String title, String version, String date, int inputCount, Map<String, String> config) {
    public RunInfo {
        Objects.requireNonNull(title, "title");
        version = version == null ? "" : version;
        date = date == null ? "" : date;
        config = config == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }
}
