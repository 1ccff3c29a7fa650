package org.apogate.gatingml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes an {@link XmlElement} tree as indented UTF-8 XML. Our documents hold only elements,
 * attributes and short text values; the JAXP identity transform used before cost more on its
 * first use in a process than the rest of writing gates.xml.
 */
final class XmlText {
    private static final String INDENT = "    ";

    private XmlText() {
    }

    static void write(XmlElement root, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        element(w, root, 0);
        w.flush();
    }

    private static void element(Writer w, XmlElement e, int depth) throws IOException {
        w.write(INDENT.repeat(depth));
        w.write('<');
        w.write(e.name());
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
            w.write(' ');
            w.write(a.getKey());
            w.write("=\"");
            w.write(escape(a.getValue(), true));
            w.write('"');
        }
        if (e.children().isEmpty() && e.text() == null) {
            w.write("/>\n");
            return;
        }
        w.write('>');
        if (e.children().isEmpty()) {
            w.write(escape(e.text(), false));
        } else {
            w.write('\n');
            for (XmlElement c : e.children()) {
                element(w, c, depth + 1);
            }
            w.write(INDENT.repeat(depth));
        }
        w.write("</");
        w.write(e.name());
        w.write(">\n");
    }

    /** Escapes markup characters; characters XML 1.0 cannot carry at all are refused. */
    static String escape(String s, boolean attribute) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        throw new GatingMlException("cannot write Gating-ML: character U+"
                                + String.format("%04X", (int) c) + " is not allowed in XML 1.0 (in \"" + s + "\")");
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
