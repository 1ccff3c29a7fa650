package org.apogate.fcs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The TEXT keywords of one data set, in file order. Keys are looked up case-insensitively (the
 * standard makes them so); values are kept exactly as written, padding and all. Numeric accessors
 * trim blanks and leading zeros ("000002", "   4194304", " F") without altering the stored value.
 */
public final class Keywords {
    private final Map<String, String> ordered;     // original key spelling -> verbatim value
    private final Map<String, String> byUpperKey;  // upper-cased key -> verbatim value

    public Keywords(Map<String, String> keywordsInFileOrder) {
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        LinkedHashMap<String, String> upper = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : keywordsInFileOrder.entrySet()) {
            String key = e.getKey();
            String norm = normalize(key);
            if (upper.containsKey(norm)) {
                continue; // first occurrence wins, as most readers do
            }
            copy.put(key, e.getValue());
            upper.put(norm, e.getValue());
        }
        this.ordered = Collections.unmodifiableMap(copy);
        this.byUpperKey = upper;
    }

    private static String normalize(String key) {
        return key.trim().toUpperCase(Locale.ROOT);
    }

    /** Verbatim value, or empty when the keyword is absent. */
    public Optional<String> get(String key) {
        return Optional.ofNullable(byUpperKey.get(normalize(key)));
    }

    /** Verbatim value, or null when absent. */
    public String getOrNull(String key) {
        return byUpperKey.get(normalize(key));
    }

    public boolean contains(String key) {
        return byUpperKey.containsKey(normalize(key));
    }

    /** Value with surrounding blanks removed, or empty when absent or blank. */
    public Optional<String> trimmed(String key) {
        String v = byUpperKey.get(normalize(key));
        if (v == null) {
            return Optional.empty();
        }
        String t = v.trim();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    /** Parses a whole number after trimming blanks; leading zeros are fine. Empty when absent/blank. */
    public Optional<Long> getLong(String key) {
        Optional<String> t = trimmed(key);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(t.get()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Parses a decimal number after trimming blanks. Empty when absent, blank or not a number. */
    public Optional<Double> getDouble(String key) {
        Optional<String> t = trimmed(key);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            double d = Double.parseDouble(t.get());
            return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** All keywords in file order, original key spelling, verbatim values. */
    public Map<String, String> asMap() {
        return ordered;
    }

    public int size() {
        return ordered.size();
    }

    @Override
    public String toString() {
        return "Keywords" + ordered;
    }
}
