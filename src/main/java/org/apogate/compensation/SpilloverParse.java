package org.apogate.compensation;

import java.util.List;
import java.util.Optional;

/**
 * What {@link SpilloverKeywords} found in a data set's keywords: the matrix, if any usable one is
 * present, and warnings about keywords that were present but ignored or adjusted (e.g. a
 * {@code $SPILLOVER} that lists channel names but no values).
 */
public record SpilloverParse(Optional<SpilloverMatrix> matrix, List<String> warnings) {
    public SpilloverParse {
        warnings = List.copyOf(warnings);
    }
}
