package org.apogate.compensation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apogate.fcs.Keywords;

/**
 * Beckman Coulter's {@code $DFCiTOj} keywords (FCS 2.0 / 3.0): the percentage of fluorescence
 * detector FLi's dye light to subtract from detector FLj. So {@code S[FLi][FLj] = value / 100} with a
 * diagonal of 1 ({@code $DFCiTOi} values are ignored). Instruments write the full grid for every
 * detector they have (a 10-colour Navios writes 100 keys even if only 5 FL parameters were recorded),
 * so detectors without a recorded parameter are dropped; a warning says so when they carried spill.
 *
 * <p>Detector i maps to the parameter whose $PnN starts with "FLi" (e.g. "FL1 Lin", "FL1 INT LOG");
 * when both a linear and a log copy exist, the linear one ($PnE 0,0) is used, because spillover is a
 * linear relation. Files without FL-named parameters map detectors to the non-scatter, non-time
 * parameters in $PAR order.
 */
final class DfcKeywords {
    static final String SOURCE = "$DFCiTOj keywords";
    private static final Pattern KEY = Pattern.compile("\\$DFC(\\d{1,3})TO(\\d{1,3})");

    private DfcKeywords() {
    }

    static boolean present(Keywords kw) {
        for (String key : kw.asMap().keySet()) {
            if (KEY.matcher(key.trim().toUpperCase(Locale.ROOT)).matches()) {
                return true;
            }
        }
        return false;
    }

    static Optional<SpilloverMatrix> parse(Keywords kw, List<String> channels, List<String> warnings) {
        int detectors = 0;
        List<int[]> pairs = new ArrayList<>();
        List<Double> percents = new ArrayList<>();
        for (Map.Entry<String, String> e : kw.asMap().entrySet()) {
            Matcher m = KEY.matcher(e.getKey().trim().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                continue;
            }
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            if (from < 1 || to < 1) {
                throw new CompensationException(SOURCE + ": keyword " + e.getKey()
                        + ": expected detector numbers >= 1");
            }
            String value = e.getValue().trim();
            double percent;
            try {
                percent = value.isEmpty() ? 0 : Double.parseDouble(value);
            } catch (NumberFormatException ex) {
                throw new CompensationException(SOURCE + ": keyword " + e.getKey() + " value "
                        + Quoted.of(value) + ": expected a percentage", ex);
            }
            if (!Double.isFinite(percent)) {
                throw new CompensationException(SOURCE + ": keyword " + e.getKey() + " value "
                        + Quoted.of(value) + ": expected a finite percentage");
            }
            detectors = Math.max(detectors, Math.max(from, to));
            pairs.add(new int[] {from, to});
            percents.add(percent);
        }
        if (detectors == 0) {
            return Optional.empty();
        }
        double[][] full = new double[detectors][detectors];
        for (int d = 0; d < detectors; d++) {
            full[d][d] = 1.0;
        }
        for (int k = 0; k < pairs.size(); k++) {
            int i = pairs.get(k)[0] - 1;
            int j = pairs.get(k)[1] - 1;
            if (i != j) {
                full[i][j] = percents.get(k) / 100.0;
            }
        }
        String[] channelOf = mapDetectors(kw, channels, detectors, warnings);
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < detectors; d++) {
            if (channelOf[d] != null) {
                kept.add(d);
            } else if (carriesSpill(full, d)) {
                warnings.add(SOURCE + ": detector FL" + (d + 1)
                        + " has spill values but no recorded parameter; dropped");
            }
        }
        List<String> names = new ArrayList<>();
        double[][] values = new double[kept.size()][kept.size()];
        for (int a = 0; a < kept.size(); a++) {
            names.add(channelOf[kept.get(a)]);
            for (int b = 0; b < kept.size(); b++) {
                values[a][b] = full[kept.get(a)][kept.get(b)];
            }
        }
        return Optional.of(new SpilloverMatrix(names, values, SOURCE));
    }

    private static boolean carriesSpill(double[][] full, int d) {
        for (int k = 0; k < full.length; k++) {
            if (k != d && (full[d][k] != 0 || full[k][d] != 0)) {
                return true;
            }
        }
        return false;
    }

    /** The channel name for each detector FL1..FLn, or null when the data set did not record it. */
    private static String[] mapDetectors(Keywords kw, List<String> channels, int detectors, List<String> warnings) {
        String[] channelOf = new String[detectors];
        boolean anyFlNamed = false;
        for (int d = 0; d < detectors; d++) {
            Pattern fl = Pattern.compile("FL" + (d + 1) + "(\\D.*)?", Pattern.CASE_INSENSITIVE);
            List<Integer> candidates = new ArrayList<>();
            for (int p = 0; p < channels.size(); p++) {
                if (fl.matcher(channels.get(p).trim()).matches()) {
                    candidates.add(p);
                }
            }
            anyFlNamed |= !candidates.isEmpty();
            channelOf[d] = choose(kw, channels, candidates, d, warnings);
        }
        if (anyFlNamed) {
            return channelOf;
        }
        List<String> fluorescence = new ArrayList<>();
        for (String c : channels) {
            if (!SpillString.isScatterOrTime(c)) {
                fluorescence.add(c);
            }
        }
        for (int d = 0; d < detectors; d++) {
            channelOf[d] = d < fluorescence.size() ? fluorescence.get(d) : null;
        }
        warnings.add(SOURCE + ": no FL-named parameters; detectors FL1.. mapped to non-scatter, non-time parameters in $PAR order "
                + Quoted.list(fluorescence.subList(0, Math.min(detectors, fluorescence.size()))));
        return channelOf;
    }

    private static String choose(Keywords kw, List<String> channels, List<Integer> candidates, int d, List<String> warnings) {
        if (candidates.isEmpty()) {
            return null;
        }
        Integer linear = null;
        for (int p : candidates) {
            if (isLinear(kw, p + 1, channels.get(p))) {
                linear = p;
                break;
            }
        }
        if (linear != null) {
            return channels.get(linear);
        }
        String chosen = channels.get(candidates.get(0));
        warnings.add(SOURCE + ": detector FL" + (d + 1) + " maps to log-amplified parameter "
                + Quoted.of(chosen) + "; compensate its linearised values");
        return chosen;
    }

    /** $PnE "0,0"; FCS 2.0 files may omit $PnE, then a name without "LOG" counts as linear. */
    private static boolean isLinear(Keywords kw, int parameter, String name) {
        Optional<String> pne = kw.trimmed("$P" + parameter + "E");
        if (pne.isEmpty()) {
            return !name.toUpperCase(Locale.ROOT).contains("LOG");
        }
        String[] parts = pne.get().split(",");
        try {
            return Double.parseDouble(parts[0].trim()) == 0.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
