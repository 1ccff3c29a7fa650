package org.apogate.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML/JSON value that remembers where it started (1-based line and column). */
sealed interface LocatedNode permits LocatedNode.MapNode, LocatedNode.ListNode, LocatedNode.ScalarNode {

    int line();

    int column();

    /** What the user wrote, for messages: "a mapping", "a list", "string 'abc'", "number 12". */
    String describe();

    /** One key of a mapping, with the key's own position. */
    record Entry(String key, int line, int column, LocatedNode value) {
    }

    record MapNode(int line, int column, Map<String, Entry> entries) implements LocatedNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(int line, int column, List<LocatedNode> items) implements LocatedNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Scalar kinds as the parser typed them (YAML: unquoted 12 is INTEGER, "12" is STRING). */
    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record ScalarNode(int line, int column, Kind kind, String text, Number number, boolean bool)
            implements LocatedNode {
        @Override
        public String describe() {
            switch (kind) {
                case STRING:
                    return "string '" + abbreviate(text) + "'";
                case INTEGER:
                case FLOAT:
                    return "number " + text;
                case BOOLEAN:
                    return "boolean " + bool;
                default:
                    return "null";
            }
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 37) + "...";
        }
    }
}
