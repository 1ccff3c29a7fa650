package org.apogate.gatingml;

import static org.apogate.gatingml.GatingMl.DATATYPES;
import static org.apogate.gatingml.GatingMl.GATING;
import static org.apogate.gatingml.GatingMl.TRANSFORMS;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.gating.BooleanGate;
import org.apogate.gating.Dimension;
import org.apogate.gating.EllipsoidGate;
import org.apogate.gating.Gate;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.PolygonGate;
import org.apogate.gating.QuadrantGate;
import org.apogate.gating.RatioTransform;
import org.apogate.gating.RectangleGate;
import org.apogate.gating.ScaleTransform;
import org.apogate.gating.SpectrumMatrix;

/**
 * Writes a {@link GatingStrategy} as Gating-ML 2.0: transformations (including the fratio
 * transforms of ratio dimensions), spectrum matrices, then gates. Numbers are written with
 * {@link Double#toString}, which reads back to the identical double.
 */
public final class GatingMlWriter {

    public void write(GatingStrategy strategy, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(strategy, out);
        } catch (IOException e) {
            throw new GatingMlException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    public void write(GatingStrategy strategy, OutputStream out) {
        XmlElement root = new XmlElement("gating:Gating-ML")
                .attr("xmlns:gating", GATING)
                .attr("xmlns:transforms", TRANSFORMS)
                .attr("xmlns:data-type", DATATYPES);
        Out o = new Out();
        for (ScaleTransform t : strategy.transforms().values()) {
            XmlElement tr = o.el(root, TRANSFORMS, "transforms:transformation");
            o.attr(tr, TRANSFORMS, "transforms:id", t.id());
            XmlElement f = o.el(tr, TRANSFORMS, "transforms:" + t.kind());
            for (Map.Entry<String, Double> p : new java.util.TreeMap<>(t.parameters()).entrySet()) { // sorted: stable output
                o.attr(f, TRANSFORMS, "transforms:" + p.getKey(), num(p.getValue()));
            }
        }
        for (RatioTransform r : ratios(strategy).values()) {
            XmlElement tr = o.el(root, TRANSFORMS, "transforms:transformation");
            o.attr(tr, TRANSFORMS, "transforms:id", r.id());
            XmlElement f = o.el(tr, TRANSFORMS, "transforms:fratio");
            o.attr(f, TRANSFORMS, "transforms:A", num(r.a()));
            o.attr(f, TRANSFORMS, "transforms:B", num(r.b()));
            o.attr(f, TRANSFORMS, "transforms:C", num(r.c()));
            o.attr(o.el(f, DATATYPES, "data-type:fcs-dimension"), DATATYPES, "data-type:name", r.numerator());
            o.attr(o.el(f, DATATYPES, "data-type:fcs-dimension"), DATATYPES, "data-type:name", r.denominator());
        }
        for (SpectrumMatrix m : strategy.matrices().values()) {
            matrix(o, root, m);
        }
        for (Gate g : strategy.gates()) {
            gate(o, root, g);
        }
        serialize(root, out);
    }

    private static Map<String, RatioTransform> ratios(GatingStrategy strategy) {
        Map<String, RatioTransform> ratios = new LinkedHashMap<>();
        for (Gate g : strategy.gates()) {
            List<Dimension> dims = g instanceof org.apogate.gating.GeometricGate geo ? geo.dimensions()
                    : g instanceof QuadrantGate q ? q.dimensions() : List.of();
            for (Dimension d : dims) {
                if (d instanceof Dimension.Ratio r) {
                    RatioTransform previous = ratios.put(r.ratio().id(), r.ratio());
                    if (previous != null && !previous.equals(r.ratio())) {
                        throw new GatingMlException("gate " + g.id() + ": two different fratio transforms share id " + r.ratio().id());
                    }
                }
            }
        }
        return ratios;
    }

    private static void matrix(Out o, XmlElement root, SpectrumMatrix m) {
        XmlElement e = o.el(root, TRANSFORMS, "transforms:spectrumMatrix");
        o.attr(e, TRANSFORMS, "transforms:id", m.id());
        if (m.invertedAlready()) {
            o.attr(e, TRANSFORMS, "transforms:matrix-inverted-already", "true");
        }
        XmlElement fl = o.el(e, TRANSFORMS, "transforms:fluorochromes");
        for (String f : m.fluorochromes()) {
            o.attr(o.el(fl, DATATYPES, "data-type:fcs-dimension"), DATATYPES, "data-type:name", f);
        }
        XmlElement de = o.el(e, TRANSFORMS, "transforms:detectors");
        for (String d : m.detectors()) {
            o.attr(o.el(de, DATATYPES, "data-type:fcs-dimension"), DATATYPES, "data-type:name", d);
        }
        for (double[] row : m.coefficients()) {
            XmlElement s = o.el(e, TRANSFORMS, "transforms:spectrum");
            for (double v : row) {
                o.attr(o.el(s, TRANSFORMS, "transforms:coefficient"), TRANSFORMS, "transforms:value", num(v));
            }
        }
    }

    private static void gate(Out o, XmlElement root, Gate g) {
        String type = g instanceof RectangleGate ? "RectangleGate" : g instanceof PolygonGate ? "PolygonGate"
                : g instanceof EllipsoidGate ? "EllipsoidGate" : g instanceof QuadrantGate ? "QuadrantGate" : "BooleanGate";
        XmlElement e = o.el(root, GATING, "gating:" + type);
        o.attr(e, GATING, "gating:id", g.id());
        if (g.parentId() != null) {
            o.attr(e, GATING, "gating:parent_id", g.parentId());
        }
        if (g instanceof RectangleGate r) {
            rectangle(o, e, r);
        } else if (g instanceof PolygonGate p) {
            polygon(o, e, p);
        } else if (g instanceof EllipsoidGate el) {
            ellipsoid(o, e, el);
        } else if (g instanceof QuadrantGate q) {
            quadrant(o, e, q);
        } else {
            booleanGate(o, e, (BooleanGate) g);
        }
    }

    private static void rectangle(Out o, XmlElement e, RectangleGate r) {
        for (RectangleGate.Interval iv : r.intervals()) {
            XmlElement d = dimension(o, e, "gating:dimension", iv.dimension());
            if (iv.hasMin()) {
                o.attr(d, GATING, "gating:min", num(iv.min()));
            }
            if (iv.hasMax()) {
                o.attr(d, GATING, "gating:max", num(iv.max()));
            }
        }
    }

    private static void polygon(Out o, XmlElement e, PolygonGate p) {
        dimension(o, e, "gating:dimension", p.x());
        dimension(o, e, "gating:dimension", p.y());
        double[] xs = p.xs();
        double[] ys = p.ys();
        for (int i = 0; i < xs.length; i++) {
            coordinates(o, o.el(e, GATING, "gating:vertex"), xs[i], ys[i]);
        }
    }

    private static void ellipsoid(Out o, XmlElement e, EllipsoidGate el) {
        for (Dimension d : el.dimensions()) {
            dimension(o, e, "gating:dimension", d);
        }
        coordinates(o, o.el(e, GATING, "gating:mean"), el.mean());
        XmlElement cov = o.el(e, GATING, "gating:covarianceMatrix");
        for (double[] row : el.covariance()) {
            XmlElement r = o.el(cov, GATING, "gating:row");
            for (double v : row) {
                o.attr(o.el(r, GATING, "gating:entry"), DATATYPES, "data-type:value", num(v));
            }
        }
        o.attr(o.el(e, GATING, "gating:distanceSquare"), DATATYPES, "data-type:value", num(el.distanceSquare()));
    }

    private static void quadrant(Out o, XmlElement e, QuadrantGate q) {
        for (QuadrantGate.Divider d : q.dividers()) {
            XmlElement div = dimension(o, e, "gating:divider", d.dimension());
            o.attr(div, GATING, "gating:id", d.id());
            for (double v : d.values()) {
                o.el(div, GATING, "gating:value").text(num(v));
            }
        }
        for (QuadrantGate.Quadrant quad : q.quadrants()) {
            XmlElement qe = o.el(e, GATING, "gating:Quadrant");
            o.attr(qe, GATING, "gating:id", quad.id());
            for (Map.Entry<String, Double> pos : quad.locations().entrySet()) {
                XmlElement pe = o.el(qe, GATING, "gating:position");
                o.attr(pe, GATING, "gating:divider_ref", pos.getKey());
                o.attr(pe, GATING, "gating:location", num(pos.getValue()));
            }
        }
    }

    private static void booleanGate(Out o, XmlElement e, BooleanGate b) {
        XmlElement op = o.el(e, GATING, "gating:" + b.operator().name().toLowerCase(java.util.Locale.ROOT));
        for (BooleanGate.Reference r : b.references()) {
            XmlElement re = o.el(op, GATING, "gating:gateReference");
            o.attr(re, GATING, "gating:ref", r.gateId());
            if (r.complement()) {
                o.attr(re, GATING, "gating:use-as-complement", "true");
            }
        }
    }

    private static XmlElement dimension(Out o, XmlElement parent, String tag, Dimension d) {
        XmlElement e = o.el(parent, GATING, tag);
        o.attr(e, GATING, "gating:compensation-ref", d.compensationRef());
        if (d.transformationRef() != null) {
            o.attr(e, GATING, "gating:transformation-ref", d.transformationRef());
        }
        if (d instanceof Dimension.Channel c) {
            o.attr(o.el(e, DATATYPES, "data-type:fcs-dimension"), DATATYPES, "data-type:name", c.name());
        } else if (d instanceof Dimension.Ratio r) {
            o.attr(o.el(e, DATATYPES, "data-type:new-dimension"), DATATYPES, "data-type:transformation-ref", r.ratio().id());
        }
        return e;
    }

    private static void coordinates(Out o, XmlElement parent, double... values) {
        for (double v : values) {
            o.attr(o.el(parent, GATING, "gating:coordinate"), DATATYPES, "data-type:value", num(v));
        }
    }

    private static String num(double v) {
        return Double.toString(v);
    }

    private static void serialize(XmlElement root, OutputStream out) {
        try {
            XmlText.write(root, out);
        } catch (java.io.IOException e) {
            throw new GatingMlException("cannot write Gating-ML: " + e.getMessage(), e);
        }
    }

    /** XmlElement helpers; the namespace arguments document which namespace each prefix stands for. */
    private static final class Out {
        XmlElement el(XmlElement parent, String ns, String qName) {
            return parent.child(qName);
        }

        void attr(XmlElement e, String ns, String qName, String value) {
            e.attr(qName, value);
        }
    }
}
