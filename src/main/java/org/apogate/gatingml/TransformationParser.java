package org.apogate.gatingml;

import static org.apogate.gatingml.GatingMl.DATATYPES;
import static org.apogate.gatingml.GatingMl.TRANSFORMS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.error.ApoGateException;
import org.apogate.gating.GatingException;
import org.apogate.gating.RatioTransform;
import org.apogate.gating.ScaleTransform;
import org.apogate.gating.SpectrumMatrix;
import org.apogate.transform.Transform;
import org.w3c.dom.Element;

/** Reads transforms:transformation (flin, flog, fasinh, logicle, hyperlog, fratio) and transforms:spectrumMatrix. */
final class TransformationParser {
    /** Parameter names of each one-dimensional transformation, in Gating-ML order. */
    static final Map<String, List<String>> PARAMETERS = Map.of(
            "flin", List.of("T", "A"),
            "flog", List.of("T", "M"),
            "fasinh", List.of("T", "M", "A"),
            "logicle", List.of("T", "W", "M", "A"),
            "hyperlog", List.of("T", "W", "M", "A"));

    private final XmlContext xml;
    private final TransformFactory factory;

    TransformationParser(XmlContext xml, TransformFactory factory) {
        this.xml = xml;
        this.factory = factory;
    }

    /** Adds the transformation to {@code scales} or {@code ratios} by its id. */
    void transformation(Element e, Map<String, ScaleTransform> scales, Map<String, RatioTransform> ratios) {
        String id = xml.required(e, TRANSFORMS, "id", null);
        if (scales.containsKey(id) || ratios.containsKey(id)) {
            throw xml.error(e, null, "duplicate transformation id " + id);
        }
        List<Element> kids = XmlContext.children(e);
        if (kids.size() != 1 || !TRANSFORMS.equals(kids.get(0).getNamespaceURI())) {
            throw xml.error(e, null, "transformation " + id + " needs exactly one of flin, flog, fasinh, logicle, hyperlog, fratio");
        }
        Element f = kids.get(0);
        String kind = XmlContext.local(f);
        if (kind.equals("fratio")) {
            ratios.put(id, ratio(id, f));
            return;
        }
        List<String> names = PARAMETERS.get(kind);
        if (names == null) {
            throw xml.error(f, null, "transformation " + id + ": unknown <" + f.getNodeName()
                    + ">, expected flin, flog, fasinh, logicle, hyperlog or fratio");
        }
        Map<String, Double> params = new LinkedHashMap<>();
        for (String p : names) {
            params.put(p, xml.requiredNumber(f, TRANSFORMS, p, "transformation " + id));
        }
        for (String bound : List.of("boundMin", "boundMax")) {
            xml.optionalNumber(f, TRANSFORMS, bound, "transformation " + id).ifPresent(v -> params.put(bound, v));
        }
        Transform fn;
        try {
            fn = factory.create(kind, params);
        } catch (IllegalArgumentException | ApoGateException ex) {
            throw xml.error(f, null, "transformation " + id + ": invalid " + kind + " parameters " + params + ": " + ex.getMessage());
        }
        scales.put(id, new ScaleTransform(id, kind, params, fn));
    }

    private RatioTransform ratio(String id, Element f) {
        String where = "transformation " + id;
        List<Element> dims = xml.only(f, DATATYPES, "fcs-dimension", where);
        if (dims.size() != 2) {
            throw xml.error(f, null, where + ": fratio needs exactly two fcs-dimension elements, found " + dims.size());
        }
        return new RatioTransform(id, xml.required(dims.get(0), DATATYPES, "name", where),
                xml.required(dims.get(1), DATATYPES, "name", where),
                xml.requiredNumber(f, TRANSFORMS, "A", where), xml.requiredNumber(f, TRANSFORMS, "B", where),
                xml.requiredNumber(f, TRANSFORMS, "C", where));
    }

    SpectrumMatrix spectrumMatrix(Element e) {
        String id = xml.required(e, TRANSFORMS, "id", null);
        String where = "spectrumMatrix " + id;
        boolean inverted = XmlContext.attr(e, TRANSFORMS, "matrix-inverted-already").map(XmlContext::xsdBoolean).orElse(false);
        List<String> fluorochromes = null;
        List<String> detectors = null;
        List<double[]> rows = new ArrayList<>();
        for (Element c : XmlContext.children(e)) {
            if (XmlContext.is(c, TRANSFORMS, "fluorochromes")) {
                fluorochromes = names(c, where);
            } else if (XmlContext.is(c, TRANSFORMS, "detectors")) {
                detectors = names(c, where);
            } else if (XmlContext.is(c, TRANSFORMS, "spectrum")) {
                List<Element> coefficients = xml.only(c, TRANSFORMS, "coefficient", where);
                double[] row = new double[coefficients.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = xml.requiredNumber(coefficients.get(i), TRANSFORMS, "value", where);
                }
                rows.add(row);
            } else {
                throw xml.error(c, null, where + ": unexpected <" + c.getNodeName()
                        + ">, expected fluorochromes, detectors or spectrum");
            }
        }
        if (fluorochromes == null || detectors == null || rows.isEmpty()) {
            throw xml.error(e, null, where + " needs fluorochromes, detectors and spectrum rows");
        }
        try {
            return new SpectrumMatrix(id, fluorochromes, detectors, rows.toArray(new double[0][]), inverted);
        } catch (GatingException ex) {
            throw xml.error(e, null, ex.getMessage());
        }
    }

    private List<String> names(Element parent, String where) {
        List<String> out = new ArrayList<>();
        for (Element d : xml.only(parent, DATATYPES, "fcs-dimension", where)) {
            out.add(xml.required(d, DATATYPES, "name", where));
        }
        return out;
    }
}
