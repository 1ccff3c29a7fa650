package org.apogate.gatingml;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses XML into a namespace-aware DOM whose elements remember the line they start on (user data
 * {@value #LINE}), so errors can point into the file. DTDs and external entities are refused (XXE).
 */
final class LineNumberedDom {
    static final String LINE = "line";

    private LineNumberedDom() {
    }

    static Document parse(InputStream in, String sourceName) {
        try {
            SAXParserFactory spf = SAXParserFactory.newInstance();
            spf.setNamespaceAware(true);
            spf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            spf.setFeature("http://xml.org/sax/features/external-general-entities", false);
            spf.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            spf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            spf.setXIncludeAware(false);
            SAXParser parser = spf.newSAXParser();
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Builder builder = new Builder(doc);
            parser.parse(in, builder);
            return doc;
        } catch (SAXException e) {
            throw new GatingMlException(sourceName + ": not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new GatingMlException(sourceName + ": cannot read: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new GatingMlException(sourceName + ": XML parser unavailable: " + e.getMessage(), e);
        }
    }

    static int line(Node node) {
        Object line = node.getUserData(LINE);
        return line instanceof Integer i ? i : -1;
    }

    private static final class Builder extends DefaultHandler {
        private final Document doc;
        private Node current;
        private Locator locator;
        private final StringBuilder text = new StringBuilder();

        Builder(Document doc) {
            this.doc = doc;
            this.current = doc;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            flushText();
            Element e = doc.createElementNS(uri == null || uri.isEmpty() ? null : uri, qName);
            for (int i = 0; i < attributes.getLength(); i++) {
                String ns = attributes.getURI(i);
                e.setAttributeNS(ns == null || ns.isEmpty() ? null : ns, attributes.getQName(i), attributes.getValue(i));
            }
            if (locator != null) {
                e.setUserData(LINE, locator.getLineNumber(), null);
            }
            current.appendChild(e);
            current = e;
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            flushText();
            current = current.getParentNode();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        private void flushText() {
            if (text.length() > 0 && current != doc) {
                current.appendChild(doc.createTextNode(text.toString()));
            }
            text.setLength(0);
        }
    }
}
