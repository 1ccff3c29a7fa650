package org.apogate.gatingml;

import static org.apogate.gatingml.GatingMl.GATING;
import static org.apogate.gatingml.GatingMl.TRANSFORMS;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apogate.gating.Gate;
import org.apogate.gating.GatingException;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.RatioTransform;
import org.apogate.gating.ScaleTransform;
import org.apogate.gating.SpectrumMatrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads a Gating-ML 2.0 document into a {@link GatingStrategy}. Elements in the Gating-ML
 * namespaces must be ones we understand; data-type:custom_info is skipped; elements of other
 * namespaces (vendor wrappers) are looked through. Every problem is a {@link GatingMlException}
 * naming the file, the line and the gate.
 */
public final class GatingMlReader {
    private final TransformFactory transforms;

    /** @param transforms builds the transformation functions (see StandardTransforms) */
    public GatingMlReader(TransformFactory transforms) {
        this.transforms = Objects.requireNonNull(transforms, "transforms");
    }

    public GatingStrategy read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new GatingMlException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    public GatingStrategy read(InputStream in, String sourceName) {
        Document doc = LineNumberedDom.parse(in, sourceName);
        XmlContext xml = new XmlContext(sourceName);
        Element root = doc.getDocumentElement();
        if (!XmlContext.is(root, GATING, "Gating-ML")) {
            throw xml.error(root, null, "root element is <" + root.getNodeName() + ">, expected <gating:Gating-ML> in namespace " + GATING);
        }
        List<Element> gateElements = new ArrayList<>();
        List<Element> transformElements = new ArrayList<>();
        List<Element> matrixElements = new ArrayList<>();
        collect(xml, root, gateElements, transformElements, matrixElements);

        Map<String, ScaleTransform> scales = new LinkedHashMap<>();
        Map<String, RatioTransform> ratios = new LinkedHashMap<>();
        Map<String, SpectrumMatrix> matrices = new LinkedHashMap<>();
        TransformationParser tp = new TransformationParser(xml, transforms);
        for (Element t : transformElements) {
            tp.transformation(t, scales, ratios);
        }
        for (Element m : matrixElements) {
            SpectrumMatrix matrix = tp.spectrumMatrix(m);
            if (matrices.put(matrix.id(), matrix) != null) {
                throw xml.error(m, null, "duplicate spectrumMatrix id " + matrix.id());
            }
        }
        GateParser gp = new GateParser(xml, ratios);
        List<Gate> gates = new ArrayList<>();
        Map<String, Element> elementsById = new LinkedHashMap<>();
        for (Element g : gateElements) {
            Gate gate = gp.gate(g);
            gates.add(gate);
            elementsById.putIfAbsent(gate.id(), g);
        }
        if (gates.isEmpty()) {
            throw xml.error(root, null, "no gates found");
        }
        try {
            return new GatingStrategy(gates, scales, matrices);
        } catch (GatingException e) {
            Element at = e.gateId() == null ? null : elementsById.get(e.gateId());
            String line = at == null || LineNumberedDom.line(at) < 0 ? "" : ":" + LineNumberedDom.line(at);
            throw new GatingMlException(sourceName + line + ": " + e.getMessage(), e);
        }
    }

    private static void collect(XmlContext xml, Element parent, List<Element> gates, List<Element> transforms,
                                List<Element> matrices) {
        for (Element c : XmlContext.children(parent)) {
            if (GateParser.isGate(c)) {
                gates.add(c);
            } else if (XmlContext.is(c, TRANSFORMS, "transformation")) {
                transforms.add(c);
            } else if (XmlContext.is(c, TRANSFORMS, "spectrumMatrix")) {
                matrices.add(c);
            } else if (GatingMl.isGatingMl(c.getNamespaceURI())) {
                throw xml.error(c, null, "unknown element <" + c.getNodeName()
                        + ">, expected a gate, transformation or spectrumMatrix");
            } else {
                collect(xml, c, gates, transforms, matrices); // foreign wrapper: look inside
            }
        }
    }
}
