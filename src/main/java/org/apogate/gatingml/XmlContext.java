package org.apogate.gatingml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Element access that reports problems as one-line {@link GatingMlException}s naming file, line and gate. */
final class XmlContext {
    private final String source;

    XmlContext(String source) {
        this.source = source;
    }

    GatingMlException error(Element at, String gateId, String message) {
        StringBuilder sb = new StringBuilder(source);
        int line = at == null ? -1 : LineNumberedDom.line(at);
        if (line > 0) {
            sb.append(':').append(line);
        }
        if (gateId != null) {
            sb.append(": gate ").append(gateId);
        }
        return new GatingMlException(sb.append(": ").append(message).toString());
    }

    /** Child elements, without data-type:custom_info (free-form annotation). */
    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && !isCustomInfo(c)) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean isCustomInfo(Element e) {
        return GatingMl.DATATYPES.equals(e.getNamespaceURI()) && "custom_info".equals(local(e));
    }

    static String local(Element e) {
        String name = e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
        int colon = name.indexOf(':');
        return colon >= 0 ? name.substring(colon + 1) : name;
    }

    static boolean is(Element e, String namespace, String localName) {
        return namespace.equals(e.getNamespaceURI()) && localName.equals(local(e));
    }

    /** An attribute in the given namespace (or, leniently, unqualified); empty when absent. */
    static Optional<String> attr(Element e, String namespace, String name) {
        if (e.hasAttributeNS(namespace, name)) {
            return Optional.of(e.getAttributeNS(namespace, name).trim());
        }
        if (e.hasAttributeNS(null, name)) {
            return Optional.of(e.getAttributeNS(null, name).trim());
        }
        return Optional.empty();
    }

    /** xsd:boolean: "true" or "1" (anything else, "false"/"0", is false). */
    static boolean xsdBoolean(String value) {
        String v = value.trim();
        return v.equals("true") || v.equals("1");
    }

    String required(Element e, String namespace, String name, String gateId) {
        return attr(e, namespace, name).filter(s -> !s.isEmpty())
                .orElseThrow(() -> error(e, gateId, "<" + e.getNodeName() + "> needs attribute " + name));
    }

    double number(Element e, String text, String what, String gateId) {
        try {
            double d = Double.parseDouble(text.trim());
            if (!Double.isFinite(d)) {
                throw error(e, gateId, what + " must be a finite number, found '" + text + "'");
            }
            return d;
        } catch (NumberFormatException ex) {
            throw error(e, gateId, what + " must be a number, found '" + text + "'");
        }
    }

    double requiredNumber(Element e, String namespace, String name, String gateId) {
        return number(e, required(e, namespace, name, gateId), "attribute " + name, gateId);
    }

    Optional<Double> optionalNumber(Element e, String namespace, String name, String gateId) {
        Optional<String> v = attr(e, namespace, name);
        return v.isEmpty() ? Optional.empty() : Optional.of(number(e, v.get(), "attribute " + name, gateId));
    }

    /** The children named {@code ns:localName}; any other child is an error. */
    List<Element> only(Element parent, String namespace, String localName, String gateId) {
        List<Element> out = new ArrayList<>();
        for (Element c : children(parent)) {
            if (!is(c, namespace, localName)) {
                throw error(c, gateId, "unexpected <" + c.getNodeName() + "> in <" + parent.getNodeName()
                        + ">, expected <" + localName + ">");
            }
            out.add(c);
        }
        return out;
    }
}
