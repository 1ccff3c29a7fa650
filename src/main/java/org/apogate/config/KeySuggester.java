package org.apogate.config;

import java.util.Collection;
import java.util.Locale;

/** Finds the valid name a typo most likely meant (edit distance, ignoring case and '-' vs '_'). */
final class KeySuggester {
    private KeySuggester() {
    }

    /** The closest candidate, or null when nothing is plausibly meant. */
    static String nearest(String typed, Collection<String> candidates) {
        String t = normalize(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String n = normalize(c);
            int d = n.equals(t) ? 0 : distance(t, n);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.max(1, Math.min(3, normalize(best).length() / 3));
        if (bestDistance <= allowed) {
            return best;
        }
        // "percentile" for "control_percentile", "annexin" for "annexin_only": one contains the other.
        for (String c : candidates) {
            String n = normalize(c);
            if (t.length() >= 3 && (n.contains(t) || t.contains(n))) {
                return c;
            }
        }
        return null;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
