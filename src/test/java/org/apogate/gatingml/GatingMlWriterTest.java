package org.apogate.gatingml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

class GatingMlWriterTest {
    private static final Transform ID = org.apogate.transform.IdentityTransform.INSTANCE;

    private static GatingStrategy sample() {
        RatioTransform ratio = new RatioTransform("rat", "A", "B", 2.5, -1, 0.1);
        ScaleTransform log = new ScaleTransform("lg", "logicle", Map.of("T", 262144.0, "W", 0.5, "M", 4.5, "A", 0.0), ID);
        SpectrumMatrix m = new SpectrumMatrix("M", List.of("F1", "F2"), List.of("A", "B"),
                new double[][] {{1, 0.1234567890123}, {1e-7, 1}}, false);
        List<Gate> gates = List.of(
                new RectangleGate("R", null, List.of(
                        new RectangleGate.Interval(new Dimension.Channel("A", Dimension.FCS, "lg"), 0.1, Double.POSITIVE_INFINITY),
                        new RectangleGate.Interval(new Dimension.Ratio(ratio, Dimension.UNCOMPENSATED, null),
                                Double.NEGATIVE_INFINITY, 3))),
                new PolygonGate("P", "R", new Dimension.Channel("F1", "M", null), Dimension.Channel.uncompensated("B"),
                        new double[] {0, 1, 1.0 / 3}, new double[] {0, 0, 2}),
                new EllipsoidGate("E", null, List.of(Dimension.Channel.uncompensated("A"), Dimension.Channel.uncompensated("B")),
                        new double[] {1, 2}, new double[][] {{2, 0.5}, {0.5, 1}}, 1.5),
                new QuadrantGate("Q", "E", List.of(new QuadrantGate.Divider("d", Dimension.Channel.uncompensated("A"), new double[] {3, 1})),
                        List.of(new QuadrantGate.Quadrant("Q1", Map.of("d", 0.0)), new QuadrantGate.Quadrant("Q2", Map.of("d", 5.0)))),
                new BooleanGate("B", "Q2", BooleanGate.Operator.OR, List.of(
                        new BooleanGate.Reference("P", true), new BooleanGate.Reference("Q1", false))));
        return new GatingStrategy(gates, Map.of("lg", log), Map.of("M", m));
    }

    private static String write(GatingStrategy s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GatingMlWriter().write(s, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static GatingStrategy read(String xml) {
        return new GatingMlReader((kind, p) -> ID).read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "rt.xml");
    }

    @Test
    void writeReadWriteIsStable() {
        String first = write(sample());
        assertEquals(first, write(read(first)));
        assertTrue(first.contains("http://www.isac-net.org/std/Gating-ML/v2.0/gating"), first);
        assertFalse(first.contains("Infinity"), "open bounds must be omitted, not written as Infinity");
    }

    @Test
    void valuesSurviveTheRoundTripExactly() {
        GatingStrategy back = read(write(sample()));
        PolygonGate p = assertInstanceOf(PolygonGate.class, back.gate("P"));
        assertArrayEquals(new double[] {0, 1, 1.0 / 3}, p.xs());
        assertEquals("R", p.parentId());
        assertEquals(new Dimension.Channel("F1", "M", null), p.x());
        RectangleGate r = assertInstanceOf(RectangleGate.class, back.gate("R"));
        assertEquals(new RatioTransform("rat", "A", "B", 2.5, -1, 0.1), ((Dimension.Ratio) r.intervals().get(1).dimension()).ratio());
        assertFalse(r.intervals().get(0).hasMax());
        assertFalse(r.intervals().get(1).hasMin());
        assertEquals(0.1234567890123, back.matrices().get("M").coefficients()[0][1]);
        EllipsoidGate e = assertInstanceOf(EllipsoidGate.class, back.gate("E"));
        assertEquals(1.5, e.distanceSquare());
        assertArrayEquals(new double[] {0.5, 1}, e.covariance()[1]);
        QuadrantGate q = assertInstanceOf(QuadrantGate.class, back.gate("Q"));
        assertArrayEquals(new double[] {1, 3}, q.dividers().get(0).values());
        BooleanGate b = assertInstanceOf(BooleanGate.class, back.gate("B"));
        assertEquals(BooleanGate.Operator.OR, b.operator());
        assertEquals(List.of(new BooleanGate.Reference("P", true), new BooleanGate.Reference("Q1", false)), b.references());
        assertEquals(Map.of("T", 262144.0, "W", 0.5, "M", 4.5, "A", 0.0), back.transforms().get("lg").parameters());
    }

    @Test
    void markupInIdsAndNamesIsEscapedAndReadsBack() {
        String id = "a&b <\"c\"> 'd'\ttab\nline é";
        String channel = "FL1 <A&B>";
        Gate g = RectangleGate.range(id, null, Dimension.Channel.uncompensated(channel), 1, 2);
        GatingStrategy back = read(write(new GatingStrategy(List.of(g), Map.of(), Map.of())));
        RectangleGate r = (RectangleGate) back.gates().get(0);
        assertEquals(id, r.id());
        assertEquals(channel, ((Dimension.Channel) r.intervals().get(0).dimension()).name());
    }

    @Test
    void charactersXmlCannotCarryAreRefusedWithTheirCode() {
        Gate g = RectangleGate.range("bad\u0001id", null, Dimension.Channel.uncompensated("A"), 1, 2);
        GatingMlException e = org.junit.jupiter.api.Assertions.assertThrows(GatingMlException.class,
                () -> write(new GatingStrategy(List.of(g), Map.of(), Map.of())));
        assertTrue(e.getMessage().contains("U+0001"), e.getMessage());
    }
}
