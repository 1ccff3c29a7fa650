package org.apogate.gatingml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A minimal element tree for writing Gating-ML: qualified names, attributes in insertion order,
 * child elements or a text value. Building a JAXP DOM for this loaded ~140 classes per process.
 */
final class XmlElement {
    private final String name;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private String text;

    XmlElement(String name) {
        this.name = name;
    }

    /** Appends and returns a new child element. */
    XmlElement child(String childName) {
        XmlElement c = new XmlElement(childName);
        children.add(c);
        return c;
    }

    XmlElement attr(String attribute, String value) {
        attributes.put(attribute, value);
        return this;
    }

    void text(String value) {
        text = value;
    }

    String name() {
        return name;
    }

    Map<String, String> attributes() {
        return attributes;
    }

    List<XmlElement> children() {
        return children;
    }

    String text() {
        return text;
    }
}
