package org.apogate.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link ConfigTree} as block YAML with lists in flow style, optionally with a one-line
 * comment above each key. Output depends only on the tree, so it can be hashed for provenance.
 */
final class YamlEmitter {
    private final StringBuilder out = new StringBuilder();
    private final Function<String, String> commentFor;

    private YamlEmitter(Function<String, String> commentFor) {
        this.commentFor = commentFor;
    }

    /** {@code commentFor} maps a key path to its comment, or null for none. */
    static String emit(Map<String, Object> tree, Function<String, String> commentFor) {
        YamlEmitter e = new YamlEmitter(commentFor);
        e.map(tree, "", 0);
        return e.out.toString();
    }

    @SuppressWarnings("unchecked")
    private void map(Map<String, Object> m, String prefix, int indent) {
        String pad = " ".repeat(indent);
        for (Map.Entry<String, Object> e : m.entrySet()) {
            String path = ConfigIssue.join(prefix, e.getKey());
            String comment = commentFor.apply(path);
            if (comment != null) {
                out.append(pad).append("# ").append(comment).append('\n');
            }
            out.append(pad).append(e.getKey()).append(':');
            if (e.getValue() instanceof Map) {
                out.append('\n');
                map((Map<String, Object>) e.getValue(), path, indent + 2);
            } else {
                out.append(' ').append(value(e.getValue())).append('\n');
            }
        }
    }

    static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder("[");
            for (Object item : (List<?>) v) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(value(item));
            }
            return sb.append(']').toString();
        }
        if (v instanceof Enum) {
            return ConfigEnums.configName((Enum<?>) v);
        }
        if (v instanceof Double) {
            return number((Double) v);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return quote(v.toString());
    }

    /** Always has a '.' so YAML reads a float; exponents get an explicit sign, as YAML 1.1 requires. */
    private static String number(double d) {
        String s = Double.toString(d);
        int e = s.indexOf('E');
        if (e >= 0 && s.charAt(e + 1) != '-') {
            s = s.substring(0, e + 1) + "+" + s.substring(e + 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Single quotes (no escapes needed) unless the text has control characters. */
    private static String quote(String s) {
        boolean control = false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                control = true;
                break;
            }
        }
        if (!control) {
            return "'" + s.replace("'", "''") + "'";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
