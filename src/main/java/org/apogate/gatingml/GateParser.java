package org.apogate.gatingml;

import static org.apogate.gatingml.GatingMl.DATATYPES;
import static org.apogate.gatingml.GatingMl.GATING;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.gating.BooleanGate;
import org.apogate.gating.Dimension;
import org.apogate.gating.EllipsoidGate;
import org.apogate.gating.Gate;
import org.apogate.gating.GatingException;
import org.apogate.gating.PolygonGate;
import org.apogate.gating.QuadrantGate;
import org.apogate.gating.RatioTransform;
import org.apogate.gating.RectangleGate;
import org.w3c.dom.Element;

/** Reads the five Gating-ML gate elements into {@link Gate}s. */
final class GateParser {
    private final XmlContext xml;
    private final Map<String, RatioTransform> ratios;

    GateParser(XmlContext xml, Map<String, RatioTransform> ratios) {
        this.xml = xml;
        this.ratios = ratios;
    }

    static boolean isGate(Element e) {
        if (!GATING.equals(e.getNamespaceURI())) {
            return false;
        }
        return switch (XmlContext.local(e)) {
            case "RectangleGate", "PolygonGate", "EllipsoidGate", "QuadrantGate", "BooleanGate" -> true;
            default -> false;
        };
    }

    Gate gate(Element e) {
        String id = xml.required(e, GATING, "id", null);
        String parent = XmlContext.attr(e, GATING, "parent_id").filter(s -> !s.isEmpty()).orElse(null);
        try {
            return switch (XmlContext.local(e)) {
                case "RectangleGate" -> rectangle(e, id, parent);
                case "PolygonGate" -> polygon(e, id, parent);
                case "EllipsoidGate" -> ellipsoid(e, id, parent);
                case "QuadrantGate" -> quadrant(e, id, parent);
                case "BooleanGate" -> booleanGate(e, id, parent);
                default -> throw xml.error(e, id, "unknown gate element <" + e.getNodeName() + ">");
            };
        } catch (GatingException ex) {
            String prefix = "gate " + id + ": ";
            String message = ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
            throw xml.error(e, id, message);
        }
    }

    private RectangleGate rectangle(Element e, String id, String parent) {
        List<RectangleGate.Interval> intervals = new ArrayList<>();
        for (Element d : xml.only(e, GATING, "dimension", id)) {
            double min = xml.optionalNumber(d, GATING, "min", id).orElse(Double.NEGATIVE_INFINITY);
            double max = xml.optionalNumber(d, GATING, "max", id).orElse(Double.POSITIVE_INFINITY);
            if (min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY) {
                throw xml.error(d, id, "rectangle dimension needs a min or a max attribute");
            }
            intervals.add(new RectangleGate.Interval(dimension(d, id, false), min, max));
        }
        if (intervals.isEmpty()) {
            throw xml.error(e, id, "RectangleGate needs at least one <dimension>");
        }
        return new RectangleGate(id, parent, intervals);
    }

    private PolygonGate polygon(Element e, String id, String parent) {
        List<Dimension> dims = new ArrayList<>();
        List<double[]> vertices = new ArrayList<>();
        for (Element c : XmlContext.children(e)) {
            if (XmlContext.is(c, GATING, "dimension")) {
                dims.add(dimension(c, id, false));
            } else if (XmlContext.is(c, GATING, "vertex")) {
                vertices.add(coordinates(c, id));
            } else {
                throw unexpected(c, e, id, "dimension or vertex");
            }
        }
        if (dims.size() != 2) {
            throw xml.error(e, id, "PolygonGate needs exactly 2 dimensions, found " + dims.size());
        }
        double[] xs = new double[vertices.size()];
        double[] ys = new double[vertices.size()];
        for (int i = 0; i < xs.length; i++) {
            if (vertices.get(i).length != 2) {
                throw xml.error(e, id, "vertex " + (i + 1) + " has " + vertices.get(i).length + " coordinates, expected 2");
            }
            xs[i] = vertices.get(i)[0];
            ys[i] = vertices.get(i)[1];
        }
        return new PolygonGate(id, parent, dims.get(0), dims.get(1), xs, ys);
    }

    private EllipsoidGate ellipsoid(Element e, String id, String parent) {
        List<Dimension> dims = new ArrayList<>();
        double[] mean = null;
        List<double[]> rows = new ArrayList<>();
        Double distance = null;
        for (Element c : XmlContext.children(e)) {
            if (XmlContext.is(c, GATING, "dimension")) {
                dims.add(dimension(c, id, false));
            } else if (XmlContext.is(c, GATING, "mean")) {
                mean = coordinates(c, id);
            } else if (XmlContext.is(c, GATING, "covarianceMatrix")) {
                for (Element row : xml.only(c, GATING, "row", id)) {
                    List<Element> entries = xml.only(row, GATING, "entry", id);
                    double[] r = new double[entries.size()];
                    for (int i = 0; i < r.length; i++) {
                        r[i] = xml.requiredNumber(entries.get(i), DATATYPES, "value", id);
                    }
                    rows.add(r);
                }
            } else if (XmlContext.is(c, GATING, "distanceSquare")) {
                distance = xml.requiredNumber(c, DATATYPES, "value", id);
            } else {
                throw unexpected(c, e, id, "dimension, mean, covarianceMatrix or distanceSquare");
            }
        }
        if (mean == null || rows.isEmpty() || distance == null) {
            throw xml.error(e, id, "EllipsoidGate needs mean, covarianceMatrix and distanceSquare");
        }
        return new EllipsoidGate(id, parent, dims, mean, rows.toArray(new double[0][]), distance);
    }

    private QuadrantGate quadrant(Element e, String id, String parent) {
        List<QuadrantGate.Divider> dividers = new ArrayList<>();
        List<QuadrantGate.Quadrant> quadrants = new ArrayList<>();
        for (Element c : XmlContext.children(e)) {
            if (XmlContext.is(c, GATING, "divider")) {
                String dividerId = xml.required(c, GATING, "id", id);
                Dimension dim = dimension(c, id, true);
                List<Double> values = new ArrayList<>();
                for (Element v : XmlContext.children(c)) {
                    if (XmlContext.is(v, GATING, "value")) {
                        values.add(xml.number(v, v.getTextContent(), "divider " + dividerId + " value", id));
                    }
                }
                if (values.isEmpty()) {
                    throw xml.error(c, id, "divider " + dividerId + " needs at least one <value>");
                }
                dividers.add(new QuadrantGate.Divider(dividerId, dim,
                        values.stream().mapToDouble(Double::doubleValue).toArray()));
            } else if (XmlContext.is(c, GATING, "Quadrant")) {
                String quadrantId = xml.required(c, GATING, "id", id);
                Map<String, Double> locations = new LinkedHashMap<>();
                for (Element p : xml.only(c, GATING, "position", quadrantId)) {
                    String ref = xml.required(p, GATING, "divider_ref", quadrantId);
                    if (locations.put(ref, xml.requiredNumber(p, GATING, "location", quadrantId)) != null) {
                        throw xml.error(p, quadrantId, "divider " + ref + " is positioned twice");
                    }
                }
                quadrants.add(new QuadrantGate.Quadrant(quadrantId, locations));
            } else {
                throw unexpected(c, e, id, "divider or Quadrant");
            }
        }
        if (dividers.isEmpty() || quadrants.isEmpty()) {
            throw xml.error(e, id, "QuadrantGate needs at least one divider and one Quadrant");
        }
        return new QuadrantGate(id, parent, dividers, quadrants);
    }

    private BooleanGate booleanGate(Element e, String id, String parent) {
        List<Element> kids = XmlContext.children(e);
        if (kids.size() != 1 || !GATING.equals(kids.get(0).getNamespaceURI())) {
            throw xml.error(e, id, "BooleanGate needs exactly one of <and>, <or>, <not>");
        }
        Element op = kids.get(0);
        BooleanGate.Operator operator = switch (XmlContext.local(op)) {
            case "and" -> BooleanGate.Operator.AND;
            case "or" -> BooleanGate.Operator.OR;
            case "not" -> BooleanGate.Operator.NOT;
            default -> throw xml.error(op, id, "unknown <" + op.getNodeName() + ">, expected and, or, not");
        };
        List<BooleanGate.Reference> refs = new ArrayList<>();
        for (Element r : xml.only(op, GATING, "gateReference", id)) {
            boolean complement = XmlContext.attr(r, GATING, "use-as-complement").map(XmlContext::xsdBoolean).orElse(false);
            refs.add(new BooleanGate.Reference(xml.required(r, GATING, "ref", id), complement));
        }
        return new BooleanGate(id, parent, operator, refs);
    }

    /** A gating:dimension or gating:divider: compensation-ref, transformation-ref, and the dimension child. */
    private Dimension dimension(Element d, String id, boolean divider) {
        String comp = xml.required(d, GATING, "compensation-ref", id);
        String transform = XmlContext.attr(d, GATING, "transformation-ref").filter(s -> !s.isEmpty()).orElse(null);
        Element target = null;
        for (Element c : XmlContext.children(d)) {
            boolean dimensionChild = XmlContext.is(c, DATATYPES, "fcs-dimension") || XmlContext.is(c, DATATYPES, "new-dimension");
            if (dimensionChild && target == null) {
                target = c;
            } else if (!(divider && XmlContext.is(c, GATING, "value"))) {
                throw unexpected(c, d, id, divider ? "one fcs-dimension or new-dimension and values"
                        : "one fcs-dimension or new-dimension");
            }
        }
        if (target == null) {
            throw xml.error(d, id, "<" + d.getNodeName() + "> needs an fcs-dimension or new-dimension");
        }
        if (XmlContext.is(target, DATATYPES, "fcs-dimension")) {
            return new Dimension.Channel(xml.required(target, DATATYPES, "name", id), comp, transform);
        }
        String ref = xml.required(target, DATATYPES, "transformation-ref", id);
        RatioTransform ratio = ratios.get(ref);
        if (ratio == null) {
            throw xml.error(target, id, "new-dimension transformation-ref " + ref + " is not an fratio transformation id");
        }
        return new Dimension.Ratio(ratio, comp, transform);
    }

    private double[] coordinates(Element parent, String id) {
        List<Element> cs = xml.only(parent, GATING, "coordinate", id);
        double[] out = new double[cs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = xml.requiredNumber(cs.get(i), DATATYPES, "value", id);
        }
        return out;
    }

    private GatingMlException unexpected(Element c, Element parent, String id, String expected) {
        return xml.error(c, id, "unexpected <" + c.getNodeName() + "> in <" + parent.getNodeName() + ">, expected " + expected);
    }
}
