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
        for (ScaleTransform t : strategy.transforms().values()) {
            XmlElement tr = root.child("transforms:transformation");
            tr.attr("transforms:id", t.id());
            XmlElement f = tr.child("transforms:" + t.kind());
            for (Map.Entry<String, Double> p : new java.util.TreeMap<>(t.parameters()).entrySet()) { // sorted: stable output
                f.attr("transforms:" + p.getKey(), num(p.getValue()));
            }
        }
        for (RatioTransform r : ratios(strategy).values()) {
            XmlElement tr = root.child("transforms:transformation");
            tr.attr("transforms:id", r.id());
            XmlElement f = tr.child("transforms:fratio");
            f.attr("transforms:A", num(r.a()));
            f.attr("transforms:B", num(r.b()));
            f.attr("transforms:C", num(r.c()));
            f.child("data-type:fcs-dimension").attr("data-type:name", r.numerator());
            f.child("data-type:fcs-dimension").attr("data-type:name", r.denominator());
        }
        for (SpectrumMatrix m : strategy.matrices().values()) {
            matrix(root, m);
        }
        for (Gate g : strategy.gates()) {
            gate(root, g);
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

    private static void matrix(XmlElement root, SpectrumMatrix m) {
        XmlElement e = root.child("transforms:spectrumMatrix");
        e.attr("transforms:id", m.id());
        if (m.invertedAlready()) {
            e.attr("transforms:matrix-inverted-already", "true");
        }
        XmlElement fl = e.child("transforms:fluorochromes");
        for (String f : m.fluorochromes()) {
            fl.child("data-type:fcs-dimension").attr("data-type:name", f);
        }
        XmlElement de = e.child("transforms:detectors");
        for (String d : m.detectors()) {
            de.child("data-type:fcs-dimension").attr("data-type:name", d);
        }
        for (double[] row : m.coefficients()) {
            XmlElement s = e.child("transforms:spectrum");
            for (double v : row) {
                s.child("transforms:coefficient").attr("transforms:value", num(v));
            }
        }
    }

    private static void gate(XmlElement root, Gate g) {
        String type = g instanceof RectangleGate ? "RectangleGate" : g instanceof PolygonGate ? "PolygonGate"
                : g instanceof EllipsoidGate ? "EllipsoidGate" : g instanceof QuadrantGate ? "QuadrantGate" : "BooleanGate";
        XmlElement e = root.child("gating:" + type);
        e.attr("gating:id", g.id());
        if (g.parentId() != null) {
            e.attr("gating:parent_id", g.parentId());
        }
        if (g instanceof RectangleGate r) {
            rectangle(e, r);
        } else if (g instanceof PolygonGate p) {
            polygon(e, p);
        } else if (g instanceof EllipsoidGate el) {
            ellipsoid(e, el);
        } else if (g instanceof QuadrantGate q) {
            quadrant(e, q);
        } else {
            booleanGate(e, (BooleanGate) g);
        }
    }

    private static void rectangle(XmlElement e, RectangleGate r) {
        for (RectangleGate.Interval iv : r.intervals()) {
            XmlElement d = dimension(e, "gating:dimension", iv.dimension());
            if (iv.hasMin()) {
                d.attr("gating:min", num(iv.min()));
            }
            if (iv.hasMax()) {
                d.attr("gating:max", num(iv.max()));
            }
        }
    }

    private static void polygon(XmlElement e, PolygonGate p) {
        dimension(e, "gating:dimension", p.x());
        dimension(e, "gating:dimension", p.y());
        double[] xs = p.xs();
        double[] ys = p.ys();
        for (int i = 0; i < xs.length; i++) {
            coordinates(e.child("gating:vertex"), xs[i], ys[i]);
        }
    }

    private static void ellipsoid(XmlElement e, EllipsoidGate el) {
        for (Dimension d : el.dimensions()) {
            dimension(e, "gating:dimension", d);
        }
        coordinates(e.child("gating:mean"), el.mean());
        XmlElement cov = e.child("gating:covarianceMatrix");
        for (double[] row : el.covariance()) {
            XmlElement r = cov.child("gating:row");
            for (double v : row) {
                r.child("gating:entry").attr("data-type:value", num(v));
            }
        }
        e.child("gating:distanceSquare").attr("data-type:value", num(el.distanceSquare()));
    }

    private static void quadrant(XmlElement e, QuadrantGate q) {
        for (QuadrantGate.Divider d : q.dividers()) {
            XmlElement div = dimension(e, "gating:divider", d.dimension());
            div.attr("gating:id", d.id());
            for (double v : d.values()) {
                div.child("gating:value").text(num(v));
            }
        }
        for (QuadrantGate.Quadrant quad : q.quadrants()) {
            XmlElement qe = e.child("gating:Quadrant");
            qe.attr("gating:id", quad.id());
            for (Map.Entry<String, Double> pos : quad.locations().entrySet()) {
                XmlElement pe = qe.child("gating:position");
                pe.attr("gating:divider_ref", pos.getKey());
                pe.attr("gating:location", num(pos.getValue()));
            }
        }
    }

    private static void booleanGate(XmlElement e, BooleanGate b) {
        XmlElement op = e.child("gating:" + b.operator().name().toLowerCase(java.util.Locale.ROOT));
        for (BooleanGate.Reference r : b.references()) {
            XmlElement re = op.child("gating:gateReference");
            re.attr("gating:ref", r.gateId());
            if (r.complement()) {
                re.attr("gating:use-as-complement", "true");
            }
        }
    }

    private static XmlElement dimension(XmlElement parent, String tag, Dimension d) {
        XmlElement e = parent.child(tag);
        e.attr("gating:compensation-ref", d.compensationRef());
        if (d.transformationRef() != null) {
            e.attr("gating:transformation-ref", d.transformationRef());
        }
        if (d instanceof Dimension.Channel c) {
            e.child("data-type:fcs-dimension").attr("data-type:name", c.name());
        } else if (d instanceof Dimension.Ratio r) {
            e.child("data-type:new-dimension").attr("data-type:transformation-ref", r.ratio().id());
        }
        return e;
    }

    private static void coordinates(XmlElement parent, double... values) {
        for (double v : values) {
            parent.child("gating:coordinate").attr("data-type:value", num(v));
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
}
