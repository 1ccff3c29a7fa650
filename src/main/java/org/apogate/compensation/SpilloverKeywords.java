package org.apogate.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apogate.fcs.Keywords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the acquisition spillover matrix in a data set's keywords, whichever way the instrument wrote
 * it, in this order of preference: {@code $SPILLOVER} (FCS 3.1), {@code SPILL} and {@code $SPILL}
 * (BD FACSDiva), {@code $COMP} (FCS 3.0), Beckman {@code $DFCiTOj} (percent values). The first
 * keyword that holds a usable matrix wins; the source names it (e.g. "$SPILLOVER keyword").
 *
 * <p>An identity or empty matrix is returned as is: check {@link SpilloverMatrix#isIdentity()} (it
 * means there is nothing to compensate). A keyword that lists names but no values (MACSQuant FCS 3.1
 * files) counts as absent, with a warning. Malformed numbers or token counts throw
 * {@link CompensationException}.
 */
public final class SpilloverKeywords {
    /** Looked up when something is logged: initialising logging costs ~20 ms and most runs log nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(SpilloverKeywords.class);
    }
    private static final List<String> MATRIX_KEYWORDS = List.of("$SPILLOVER", "SPILL", "$SPILL", "$COMP");

    private SpilloverKeywords() {
    }

    /** The matrix, if any; warnings go to the log. See {@link #parse} to receive them as values. */
    public static Optional<SpilloverMatrix> fromKeywords(Keywords kw, List<String> channelNames) {
        SpilloverParse parse = parse(kw, channelNames);
        parse.warnings().forEach(w -> log().warn(w));
        return parse.matrix();
    }

    /**
     * @param kw           the data set's TEXT keywords
     * @param channelNames its $PnN names in parameter order (parameter numbers in a matrix map to these)
     */
    public static SpilloverParse parse(Keywords kw, List<String> channelNames) {
        List<String> channels = List.copyOf(channelNames);
        List<String> warnings = new ArrayList<>();
        SpilloverMatrix found = null;
        for (String key : MATRIX_KEYWORDS) {
            Optional<String> raw = kw.get(key);
            if (raw.isEmpty()) {
                continue;
            }
            String source = key + " keyword";
            if (found != null) {
                warnings.add(source + " also present; using " + found.source());
                continue;
            }
            found = SpillString.parse(source, raw.get(), channels, warnings).orElse(null);
        }
        if (DfcKeywords.present(kw)) {
            if (found != null) {
                warnings.add(DfcKeywords.SOURCE + " also present; using " + found.source());
            } else {
                found = DfcKeywords.parse(kw, channels, warnings).orElse(null);
            }
        }
        return new SpilloverParse(Optional.ofNullable(found), warnings);
    }
}
