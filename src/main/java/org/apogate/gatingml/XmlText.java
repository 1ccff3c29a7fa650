package org.apogate.gatingml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Writes a DOM element tree as indented UTF-8 XML. Our documents hold only elements, attributes
 * and short text values, so this replaces the JAXP identity transform, whose first use in a
 * process costs more than the rest of writing gates.xml.
 */
final class XmlText {
    private static final String INDENT = "    ";

    private XmlText() {
    }

    static void write(Element root, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        element(w, root, 0);
        w.flush();
    }

    private static void element(Writer w, Element e, int depth) throws IOException {
        w.write(INDENT.repeat(depth));
        w.write('<');
        w.write(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            w.write(' ');
            w.write(a.getName());
            w.write("=\"");
            w.write(escape(a.getValue(), true));
            w.write('"');
        }
        String text = null;
        boolean children = false;
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                children = true;
            } else if (c.getNodeType() == Node.TEXT_NODE) {
                text = text == null ? c.getNodeValue() : text + c.getNodeValue();
            }
        }
        if (!children && text == null) {
            w.write("/>\n");
            return;
        }
        w.write('>');
        if (!children) {
            w.write(escape(text, false));
        } else {
            w.write('\n');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c.getNodeType() == Node.ELEMENT_NODE) {
                    element(w, (Element) c, depth + 1);
                }
            }
            w.write(INDENT.repeat(depth));
        }
        w.write("</");
        w.write(e.getTagName());
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
