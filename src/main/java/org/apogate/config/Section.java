package org.apogate.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * One mapping of the located tree being bound to a record. Each reader returns the default (and
 * records an issue) when the value is missing or has the wrong type, so binding goes on and every
 * problem in the file is reported, not only the first.
 */
final class Section {
    private final ConfigBinder binder;
    private final String path;
    private final LocatedNode.MapNode node;
    private final int line;
    private final int column;

    private Section(ConfigBinder binder, String path, LocatedNode.MapNode node, int line, int column) {
        this.binder = binder;
        this.path = path;
        this.node = node;
        this.line = line;
        this.column = column;
    }

    static Section root(ConfigBinder binder, LocatedNode root) {
        if (root == null) {
            return new Section(binder, "", null, 1, 1);
        }
        if (root instanceof LocatedNode.MapNode) {
            return new Section(binder, "", (LocatedNode.MapNode) root, root.line(), root.column());
        }
        binder.issue(root.line(), root.column(), "", "the config must be a mapping of keys (version:, channels:, ...), got "
                + root.describe());
        return new Section(binder, "", null, root.line(), root.column());
    }

    String path() {
        return path;
    }

    /** The nested mapping under {@code key}; an absent or null value is an empty section (all defaults). */
    Section child(String key) {
        LocatedNode.Entry e = entry(key);
        String childPath = ConfigIssue.join(path, key);
        if (e == null) {
            return new Section(binder, childPath, null, line, column);
        }
        if (e.value() instanceof LocatedNode.MapNode) {
            return new Section(binder, childPath, (LocatedNode.MapNode) e.value(), e.line(), e.column());
        }
        if (!isNull(e.value())) {
            binder.issue(e.line(), e.column(), childPath, "expected a mapping of keys, got " + e.value().describe());
        }
        return new Section(binder, childPath, null, e.line(), e.column());
    }

    /** Reports every key not in {@code known}, with the nearest valid key as a hint. */
    void allowOnly(String... known) {
        if (node == null) {
            return;
        }
        List<String> valid = Arrays.asList(known);
        for (LocatedNode.Entry e : node.entries().values()) {
            if (!valid.contains(e.key())) {
                binder.issue(e.line(), e.column(), ConfigIssue.join(path, e.key()),
                        "unknown key" + binder.hint(path, e.key(), valid));
            }
        }
    }

    double number(String key, double dflt) {
        Double v = numberOrNull(key, dflt, false);
        return v == null ? dflt : v;
    }

    Double nullableNumber(String key, Double dflt) {
        return numberOrNull(key, dflt, true);
    }

    private Double numberOrNull(String key, Double dflt, boolean nullable) {
        LocatedNode.Entry e = entry(key);
        if (e == null) {
            return dflt;
        }
        if (nullable && isNull(e.value())) {
            return null;
        }
        if (e.value() instanceof LocatedNode.ScalarNode) {
            LocatedNode.ScalarNode s = (LocatedNode.ScalarNode) e.value();
            if (s.kind() == LocatedNode.Kind.INTEGER || s.kind() == LocatedNode.Kind.FLOAT) {
                return s.number().doubleValue();
            }
        }
        wrongType(e, nullable ? "a number or null" : "a number");
        return dflt;
    }

    int integer(String key, int dflt) {
        return (int) whole(key, dflt, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    long longInteger(String key, long dflt) {
        return whole(key, dflt, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    private long whole(String key, long dflt, long min, long max) {
        LocatedNode.Entry e = entry(key);
        if (e == null) {
            return dflt;
        }
        if (e.value() instanceof LocatedNode.ScalarNode) {
            LocatedNode.ScalarNode s = (LocatedNode.ScalarNode) e.value();
            if (s.kind() == LocatedNode.Kind.INTEGER) {
                BigInteger big = s.number() instanceof BigInteger ? (BigInteger) s.number()
                        : BigInteger.valueOf(s.number().longValue());
                if (big.compareTo(BigInteger.valueOf(min)) < 0 || big.compareTo(BigInteger.valueOf(max)) > 0) {
                    issueAt(e, "whole number " + s.text() + " is out of range (" + min + " .. " + max + ")");
                    return dflt;
                }
                return big.longValue();
            }
        }
        wrongType(e, "a whole number");
        return dflt;
    }

    boolean bool(String key, boolean dflt) {
        LocatedNode.Entry e = entry(key);
        if (e == null) {
            return dflt;
        }
        if (e.value() instanceof LocatedNode.ScalarNode
                && ((LocatedNode.ScalarNode) e.value()).kind() == LocatedNode.Kind.BOOLEAN) {
            return ((LocatedNode.ScalarNode) e.value()).bool();
        }
        wrongType(e, "true or false");
        return dflt;
    }

    /** A text value or null; unquoted numbers are taken as their text (a channel called 488). */
    String nullableString(String key, String dflt) {
        LocatedNode.Entry e = entry(key);
        if (e == null) {
            return dflt;
        }
        if (isNull(e.value())) {
            return null;
        }
        String text = text(e.value());
        if (text == null) {
            wrongType(e, "a string or null");
            return dflt;
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type, E dflt) {
        LocatedNode.Entry e = entry(key);
        if (e == null) {
            return dflt;
        }
        E value = enumOf(e.value(), type);
        if (value == null) {
            issueAt(e, badEnum(e.value(), type));
            return dflt;
        }
        return value;
    }

    /** A list of enum names; null means an empty list. Bad items are reported at their own position. */
    <E extends Enum<E>> List<E> enumList(String key, Class<E> type, List<E> dflt) {
        LocatedNode.ListNode list = listNode(key);
        if (list == null) {
            return entry(key) == null || !isNull(entry(key).value()) ? dflt : List.of();
        }
        List<E> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            LocatedNode item = list.items().get(i);
            E value = enumOf(item, type);
            if (value == null) {
                binder.issue(item.line(), item.column(), itemPath(key, i), badEnum(item, type));
            } else {
                out.add(value);
            }
        }
        return out;
    }

    /** A list of non-null strings; null means an empty list. */
    List<String> stringList(String key, List<String> dflt) {
        LocatedNode.ListNode list = listNode(key);
        if (list == null) {
            return entry(key) == null || !isNull(entry(key).value()) ? dflt : List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            LocatedNode item = list.items().get(i);
            String text = text(item);
            if (text == null) {
                binder.issue(item.line(), item.column(), itemPath(key, i), "expected a string, got " + item.describe());
            } else {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * Runs a record constructor; its validation issues (keyed relative to this section) are placed
     * at the offending key, and {@code fallback} stands in so binding can continue.
     */
    <R> R build(Supplier<R> constructor, R fallback) {
        try {
            return constructor.get();
        } catch (ConfigException e) {
            for (ConfigIssue issue : e.issues()) {
                int[] at = locate(issue.keyPath());
                binder.issue(at[0], at[1], ConfigIssue.join(path, issue.keyPath()), issue.problem());
            }
            return fallback;
        }
    }

    /** Position of a relative key path like {@code fixed} or {@code unstained[1]}; the section itself when absent. */
    private int[] locate(String relative) {
        String first = relative;
        int cut = indexOfAny(relative, ".[");
        if (cut >= 0) {
            first = relative.substring(0, cut);
        }
        LocatedNode.Entry e = entry(first);
        if (e == null) {
            return new int[] {line, column};
        }
        if (cut >= 0 && relative.charAt(cut) == '[' && e.value() instanceof LocatedNode.ListNode) {
            int close = relative.indexOf(']', cut);
            try {
                int index = Integer.parseInt(relative.substring(cut + 1, close));
                List<LocatedNode> items = ((LocatedNode.ListNode) e.value()).items();
                if (index >= 0 && index < items.size()) {
                    return new int[] {items.get(index).line(), items.get(index).column()};
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException ignored) {
                // fall through to the key's own position
            }
        }
        return new int[] {e.line(), e.column()};
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private LocatedNode.ListNode listNode(String key) {
        LocatedNode.Entry e = entry(key);
        if (e == null || isNull(e.value())) {
            return null;
        }
        if (e.value() instanceof LocatedNode.ListNode) {
            return (LocatedNode.ListNode) e.value();
        }
        wrongType(e, "a list such as [a, b]");
        return null;
    }

    private String itemPath(String key, int index) {
        return ConfigIssue.join(path, key) + "[" + index + "]";
    }

    private LocatedNode.Entry entry(String key) {
        return node == null ? null : node.entries().get(key);
    }

    private void wrongType(LocatedNode.Entry e, String expected) {
        issueAt(e, "expected " + expected + ", got " + e.value().describe());
    }

    private void issueAt(LocatedNode.Entry e, String problem) {
        binder.issue(e.line(), e.column(), ConfigIssue.join(path, e.key()), problem);
    }

    private <E extends Enum<E>> String badEnum(LocatedNode value, Class<E> type) {
        List<String> names = ConfigEnums.names(type);
        String got = value.describe();
        String hint = "";
        String text = text(value);
        if (text != null) {
            got = "'" + text + "'";
            String near = KeySuggester.nearest(text, names);
            hint = near == null ? "" : " (did you mean " + near + "?)";
        }
        return "must be one of " + String.join(", ", names) + ", got " + got + hint;
    }

    private static <E extends Enum<E>> E enumOf(LocatedNode value, Class<E> type) {
        if (value instanceof LocatedNode.ScalarNode
                && ((LocatedNode.ScalarNode) value).kind() == LocatedNode.Kind.STRING) {
            return ConfigEnums.find(type, ((LocatedNode.ScalarNode) value).text());
        }
        return null;
    }

    private static String text(LocatedNode value) {
        if (value instanceof LocatedNode.ScalarNode) {
            LocatedNode.ScalarNode s = (LocatedNode.ScalarNode) value;
            if (s.kind() == LocatedNode.Kind.STRING || s.kind() == LocatedNode.Kind.INTEGER
                    || s.kind() == LocatedNode.Kind.FLOAT) {
                return s.text();
            }
        }
        return null;
    }

    private static boolean isNull(LocatedNode value) {
        return value instanceof LocatedNode.ScalarNode && ((LocatedNode.ScalarNode) value).kind() == LocatedNode.Kind.NULL;
    }
}
