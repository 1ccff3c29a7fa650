package org.apogate.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One benchmark case: its suite, a readable case name and named values in column order (numbers,
 * or text such as "ok" / "unavailable: ...").
 */
record ResultRow(String suite, String name, Map<String, Object> values) {
    ResultRow {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Builds rows value by value, keeping insertion order as column order. */
    static final class Builder {
        private final String suite;
        private final String name;
        private final Map<String, Object> values = new LinkedHashMap<>();

        Builder(String suite, String name) {
            this.suite = suite;
            this.name = name;
        }

        Builder put(String key, Object value) {
            values.put(key, value);
            return this;
        }

        Builder putAll(Map<String, Object> more) {
            values.putAll(more);
            return this;
        }

        ResultRow build() {
            return new ResultRow(suite, name, values);
        }
    }

    static Builder of(String suite, String name) {
        return new Builder(suite, name);
    }
}
