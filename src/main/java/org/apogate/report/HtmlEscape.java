package org.apogate.report;

/** Escaping for text and attribute values in our HTML (always double-quoted attributes). */
final class HtmlEscape {
    private HtmlEscape() {
    }

    /** Escapes &amp; &lt; &gt; &quot; &#39; and replaces NUL and other C0 controls (except tab/newline) by U+FFFD. */
    static String text(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A fragment id made of [A-Za-z0-9-] only, unique by index. */
    static String sampleId(int index) {
        return "sample-" + (index + 1);
    }
}
