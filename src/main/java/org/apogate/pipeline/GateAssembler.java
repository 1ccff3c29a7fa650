package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.auto.DebrisGate;
import org.apogate.auto.GatePolygon;
import org.apogate.auto.SingletGate;
import org.apogate.gating.Dimension;
import org.apogate.gating.Gate;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.PolygonGate;
import org.apogate.gating.QuadrantGate;
import org.apogate.gating.RectangleGate;
import org.apogate.gating.ScaleTransform;
import org.apogate.gating.SpectrumMatrix;

/**
 * Turns a sample's fitted gates into one Gating-ML strategy: {@code cells} (FSC-A above the debris
 * valley) -> {@code singlets} (FSC-A/FSC-H band) -> quadrant gate {@code apoptosis} with populations
 * {@code live}, {@code early_apoptotic}, {@code late_apoptotic}, {@code necrotic}. The same strategy
 * is evaluated for the reported counts and written as gates.xml, so the two cannot disagree.
 */
final class GateAssembler {
    static final String CELLS = "cells";
    static final String SINGLETS = "singlets";
    static final String QUADRANT = "apoptosis";
    static final String LIVE = "live";
    static final String EARLY = "early_apoptotic";
    static final String LATE = "late_apoptotic";
    static final String NECROTIC = "necrotic";
    private static final String ANNEXIN_DIVIDER = "annexin_divider";
    private static final String VIABILITY_DIVIDER = "viability_divider";
    /** Quadrant locations sit this far (transformed units) either side of a divider. */
    private static final double LOCATION_OFFSET = 0.01;

    private GateAssembler() {
    }

    static GatingStrategy build(String fscA, String fscH, DebrisGate debris, SingletGate singlets,
                                AxisFit annexin, AxisFit viability, CompensationPlan comp) {
        List<Gate> gates = new ArrayList<>();
        double min = "none".equals(debris.method()) ? -Double.MAX_VALUE : debris.fscThreshold();
        gates.add(RectangleGate.range(CELLS, null, Dimension.Channel.uncompensated(fscA), min, Double.POSITIVE_INFINITY));
        String quadrantParent = CELLS;
        if (singlets.enabled()) {
            GatePolygon p = singlets.polygon();
            gates.add(new PolygonGate(SINGLETS, CELLS, Dimension.Channel.uncompensated(fscA),
                    Dimension.Channel.uncompensated(fscH), p.x(), p.y()));
            quadrantParent = SINGLETS;
        }
        Dimension ann = new Dimension.Channel(annexin.channel(), comp.gatingRef(), annexin.transform().id());
        Dimension via = new Dimension.Channel(viability.channel(), comp.gatingRef(), viability.transform().id());
        double a = annexin.threshold().transformed();
        double v = viability.threshold().transformed();
        List<QuadrantGate.Divider> dividers = List.of(
                new QuadrantGate.Divider(ANNEXIN_DIVIDER, ann, new double[] {a}),
                new QuadrantGate.Divider(VIABILITY_DIVIDER, via, new double[] {v}));
        List<QuadrantGate.Quadrant> quadrants = List.of(
                quadrant(LIVE, a - LOCATION_OFFSET, v - LOCATION_OFFSET),
                quadrant(EARLY, a + LOCATION_OFFSET, v - LOCATION_OFFSET),
                quadrant(LATE, a + LOCATION_OFFSET, v + LOCATION_OFFSET),
                quadrant(NECROTIC, a - LOCATION_OFFSET, v + LOCATION_OFFSET));
        gates.add(new QuadrantGate(QUADRANT, quadrantParent, dividers, quadrants));
        Map<String, ScaleTransform> transforms = new LinkedHashMap<>();
        transforms.put(annexin.transform().id(), annexin.transform());
        transforms.put(viability.transform().id(), viability.transform());
        Map<String, SpectrumMatrix> matrices = new LinkedHashMap<>();
        if (CompensationPlan.MATRIX_ID.equals(comp.gatingRef())) {
            matrices.put(CompensationPlan.MATRIX_ID, new SpectrumMatrix(CompensationPlan.MATRIX_ID,
                    comp.matrix().channels(), comp.matrix().channels(), comp.matrix().values(), false));
        }
        return new GatingStrategy(gates, transforms, matrices);
    }

    private static QuadrantGate.Quadrant quadrant(String id, double annexinLocation, double viabilityLocation) {
        Map<String, Double> loc = new LinkedHashMap<>();
        loc.put(ANNEXIN_DIVIDER, annexinLocation);
        loc.put(VIABILITY_DIVIDER, viabilityLocation);
        return new QuadrantGate.Quadrant(id, loc);
    }
}
