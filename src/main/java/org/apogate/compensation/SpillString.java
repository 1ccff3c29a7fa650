package org.apogate.compensation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the comma-separated matrix form shared by {@code $SPILLOVER}, {@code SPILL}, {@code $SPILL} and
 * {@code $COMP}: {@code n, name1..namen, v11, v12, ..., vnn} (row-major, rows = spilling fluorochrome,
 * columns = detectors). Also accepted: names given as parameter numbers ("1,2,3", Accuri), and no
 * names at all ({@code n} then n*n values, older {@code $COMP}), which then cover the file's channels.
 */
final class SpillString {
    private SpillString() {
    }

    /**
     * @param source   e.g. "$SPILLOVER keyword", used in messages and as the matrix source
     * @param raw      the keyword value, verbatim
     * @param channels the data set's $PnN names in parameter order
     * @param warnings receives notes about anything ignored or guessed
     * @return the matrix, or empty when the value holds names but no values
     */
    static Optional<SpilloverMatrix> parse(String source, String raw, List<String> channels, List<String> warnings) {
        List<String> tokens = tokens(raw);
        if (tokens.isEmpty()) {
            warnings.add(source + " is blank; treated as no matrix");
            return Optional.empty();
        }
        int n = count(source, tokens.get(0));
        int rest = tokens.size() - 1;
        if (n == 0) {
            return Optional.of(new SpilloverMatrix(List.of(), new double[0][0], source));
        }
        List<String> names;
        int firstValue;
        if (rest == n + n * n) {
            names = resolveNames(source, tokens.subList(1, n + 1), channels, warnings);
            firstValue = n + 1;
        } else if (rest == n * n && !(n == 1 && !isNumber(tokens.get(1)))) {
            names = defaultChannels(source, n, channels, warnings);
            firstValue = 1;
        } else if (rest == n) {
            warnings.add(source + " lists " + n + " channel names but no values; treated as no matrix");
            return Optional.empty();
        } else {
            throw new CompensationException(source + ": " + rest + " tokens after n=" + n + ", expected "
                    + (n + n * n) + " (n names and n*n values) or " + (n * n) + " (values only)");
        }
        double[][] values = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int index = firstValue + i * n + j;
                values[i][j] = number(source, tokens.get(index), i, j, index);
            }
        }
        return Optional.of(new SpilloverMatrix(names, values, source));
    }

    private static boolean isNumber(String token) {
        try {
            Double.parseDouble(token);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Splits on commas, trims, and drops empty tokens at the end (a trailing comma or padding). */
    private static List<String> tokens(String raw) {
        List<String> tokens = new ArrayList<>();
        for (String t : raw.split(",", -1)) {
            tokens.add(t.trim());
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).isEmpty()) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    private static int count(String source, String token) {
        try {
            int n = Integer.parseInt(token);
            if (n < 0 || n > 1000) {
                throw new CompensationException(source + ": token 0 " + Quoted.of(token)
                        + ": expected the channel count n in [0, 1000]");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CompensationException(source + ": token 0 " + Quoted.of(token)
                    + ": expected the channel count n (a whole number)", e);
        }
    }

    static double number(String source, String token, int row, int col, int tokenIndex) {
        double v;
        try {
            v = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new CompensationException(source + ": entry row " + (row + 1) + ", column " + (col + 1)
                    + " (token " + tokenIndex + ") " + Quoted.of(token) + ": expected a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new CompensationException(source + ": entry row " + (row + 1) + ", column " + (col + 1)
                    + " (token " + tokenIndex + ") " + Quoted.of(token) + ": expected a finite number");
        }
        return v;
    }

    /** Names as written, or parameter numbers mapped to $PnN when every name is a valid number. */
    private static List<String> resolveNames(String source, List<String> written, List<String> channels,
            List<String> warnings) {
        List<String> names = new ArrayList<>(written);
        if (allParameterNumbers(written, channels)) {
            for (int i = 0; i < names.size(); i++) {
                names.set(i, channels.get(Integer.parseInt(written.get(i)) - 1));
            }
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw new CompensationException(source + ": channel name " + (i + 1) + " (token " + (i + 1)
                        + ") is empty: expected a $PnN name or parameter number");
            }
            if (!seen.add(names.get(i))) {
                throw new CompensationException(source + ": channel name " + (i + 1) + " "
                        + Quoted.of(names.get(i)) + " appears twice: expected distinct channels");
            }
        }
        for (String name : names) {
            if (!channels.isEmpty() && !channels.contains(name)) {
                warnings.add(source + " names channel " + Quoted.of(name) + " that is not a $PnN of this data set");
            }
        }
        return names;
    }

    private static boolean allParameterNumbers(List<String> written, List<String> channels) {
        for (String w : written) {
            if (channels.contains(w)) {
                return false; // a channel really named "1": names win
            }
            try {
                int k = Integer.parseInt(w);
                if (k < 1 || k > channels.size()) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** Channels covered by a matrix that names none: all, else the fluorescence ones, else the first n. */
    private static List<String> defaultChannels(String source, int n, List<String> channels, List<String> warnings) {
        if (n == channels.size()) {
            return channels;
        }
        List<String> fluorescence = new ArrayList<>();
        for (String c : channels) {
            if (!isScatterOrTime(c)) {
                fluorescence.add(c);
            }
        }
        if (fluorescence.size() == n) {
            warnings.add(source + " names no channels; applied to the " + n + " non-scatter, non-time channels "
                    + Quoted.list(fluorescence));
            return fluorescence;
        }
        if (n < channels.size()) {
            List<String> first = channels.subList(0, n);
            warnings.add(source + " names no channels; applied to the first " + n + " channels in $PAR order "
                    + Quoted.list(first));
            return List.copyOf(first);
        }
        throw new CompensationException(source + ": names no channels and n=" + n + " exceeds the data set's "
                + channels.size() + " parameters: expected n <= $PAR");
    }

    static boolean isScatterOrTime(String channel) {
        String u = channel.trim().toUpperCase(Locale.ROOT);
        return u.startsWith("FS") || u.startsWith("SS") || u.contains("TIME") || u.startsWith("WIDTH")
                || u.startsWith("EVENT");
    }
}
