package org.apogate.gatingml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apogate.gating.BooleanGate;
import org.apogate.gating.Dimension;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.QuadrantGate;
import org.apogate.gating.RectangleGate;
import org.apogate.gating.SpectrumMatrix;
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

class GatingMlReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gating:Gating-ML xmlns:gating=\"http://www.isac-net.org/std/Gating-ML/v2.0/gating\"\n"
            + " xmlns:transforms=\"http://www.isac-net.org/std/Gating-ML/v2.0/transformations\"\n"
            + " xmlns:data-type=\"http://www.isac-net.org/std/Gating-ML/v2.0/datatypes\">\n";
    private static final String TAIL = "</gating:Gating-ML>\n";

    /** Any kind of transform: the function itself is irrelevant to parsing. */
    private static Transform identity(String kind, Map<String, Double> p) {
        return org.apogate.transform.IdentityTransform.INSTANCE;
    }

    private static GatingStrategy read(String body) {
        return new GatingMlReader(GatingMlReaderTest::identity).read(
                new ByteArrayInputStream((HEAD + body + TAIL).getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    private static GatingMlException fails(String body) {
        return assertThrows(GatingMlException.class, () -> read(body));
    }

    private static final String RANGE = "<gating:RectangleGate gating:id=\"R\">\n"
            + " <gating:dimension gating:compensation-ref=\"uncompensated\" gating:min=\"1.5\">\n"
            + "  <data-type:fcs-dimension data-type:name=\"FSC-H\"/>\n"
            + " </gating:dimension>\n"
            + "</gating:RectangleGate>\n";

    @Test
    void readsAnOpenSidedRange() {
        GatingStrategy s = read(RANGE);
        RectangleGate r = assertInstanceOf(RectangleGate.class, s.gate("R"));
        assertNull(r.parentId());
        RectangleGate.Interval iv = r.intervals().get(0);
        assertEquals(1.5, iv.min());
        assertFalse(iv.hasMax());
        assertEquals(new Dimension.Channel("FSC-H", "uncompensated", null), iv.dimension());
    }

    @Test
    void readsQuadrantsBooleansMatricesAndTransforms() {
        GatingStrategy s = read(""
                + "<transforms:transformation transforms:id=\"L\"><transforms:logicle transforms:T=\"262144\" "
                + "transforms:W=\"0.5\" transforms:M=\"4.5\" transforms:A=\"0\"/></transforms:transformation>\n"
                + "<transforms:spectrumMatrix transforms:id=\"M\" transforms:matrix-inverted-already=\"false\">"
                + "<transforms:fluorochromes><data-type:fcs-dimension data-type:name=\"FITC\"/>"
                + "<data-type:fcs-dimension data-type:name=\"PE\"/></transforms:fluorochromes>"
                + "<transforms:detectors><data-type:fcs-dimension data-type:name=\"FL1\"/>"
                + "<data-type:fcs-dimension data-type:name=\"FL2\"/></transforms:detectors>"
                + "<transforms:spectrum><transforms:coefficient transforms:value=\"1\"/><transforms:coefficient transforms:value=\"0.2\"/></transforms:spectrum>"
                + "<transforms:spectrum><transforms:coefficient transforms:value=\"0.1\"/><transforms:coefficient transforms:value=\"1\"/></transforms:spectrum>"
                + "</transforms:spectrumMatrix>\n"
                + "<gating:QuadrantGate gating:id=\"Q\">"
                + "<gating:divider gating:id=\"d1\" gating:compensation-ref=\"M\" gating:transformation-ref=\"L\">"
                + "<data-type:fcs-dimension data-type:name=\"PE\"/><gating:value>0.5</gating:value></gating:divider>"
                + "<gating:Quadrant gating:id=\"Qp\"><gating:position gating:divider_ref=\"d1\" gating:location=\"0.7\"/></gating:Quadrant>"
                + "<gating:Quadrant gating:id=\"Qn\"><gating:position gating:divider_ref=\"d1\" gating:location=\"0.1\"/></gating:Quadrant>"
                + "</gating:QuadrantGate>\n"
                + "<gating:BooleanGate gating:id=\"B\" gating:parent_id=\"Qp\"><gating:and>"
                + "<gating:gateReference gating:ref=\"Qn\" gating:use-as-complement=\"true\"/>"
                + "<gating:gateReference gating:ref=\"Qp\"/></gating:and></gating:BooleanGate>\n");
        SpectrumMatrix m = s.matrices().get("M");
        assertEquals(List.of("FITC", "PE"), m.fluorochromes());
        assertEquals(List.of("FL1", "FL2"), m.detectors());
        assertArrayEquals(new double[] {1, 0.2}, m.coefficients()[0]);
        assertEquals(Map.of("T", 262144.0, "W", 0.5, "M", 4.5, "A", 0.0), s.transforms().get("L").parameters());
        QuadrantGate q = assertInstanceOf(QuadrantGate.class, s.gate("Q"));
        assertEquals(new Dimension.Channel("PE", "M", "L"), q.dividers().get(0).dimension());
        BooleanGate b = assertInstanceOf(BooleanGate.class, s.gate("B"));
        assertEquals("Qp", b.parentId());
        assertEquals(List.of(new BooleanGate.Reference("Qn", true), new BooleanGate.Reference("Qp", false)), b.references());
        assertEquals(List.of("Qp", "Qn", "B"), s.populations().stream().map(GatingStrategy.Population::id).toList());
    }

    @Test
    void foreignWrappersAreLookedThroughAndCustomInfoIgnored() {
        GatingStrategy s = read("<vendor><data-type:custom_info><anything/></data-type:custom_info>" + RANGE + "</vendor>");
        assertEquals(1, s.gates().size());
    }

    @Test
    void unknownGatingElementIsReportedWithLine() {
        GatingMlException e = fails(RANGE + "<gating:CircleGate gating:id=\"C\"/>\n");
        assertTrue(e.getMessage().startsWith("test.xml:10: "), e.getMessage());
        assertTrue(e.getMessage().contains("CircleGate"), e.getMessage());
    }

    @Test
    void missingCompensationRefNamesTheGate() {
        GatingMlException e = fails(RANGE.replace("R\"", "R2\"").replace(" gating:compensation-ref=\"uncompensated\"", ""));
        assertTrue(e.getMessage().contains("gate R2") && e.getMessage().contains("compensation-ref"), e.getMessage());
    }

    @Test
    void unknownReferencesAreRejected() {
        assertTrue(fails(RANGE + "<gating:BooleanGate gating:id=\"B\"><gating:not><gating:gateReference gating:ref=\"Nope\"/>"
                + "</gating:not></gating:BooleanGate>").getMessage().contains("Nope"));
        assertTrue(fails(RANGE.replace("compensation-ref=\"uncompensated\"", "compensation-ref=\"NoMatrix\""))
                .getMessage().contains("NoMatrix"));
        assertTrue(fails(RANGE.replace("<gating:dimension ", "<gating:dimension gating:transformation-ref=\"T9\" "))
                .getMessage().contains("T9"));
        GatingMlException parent = fails(RANGE.replace("gating:id=\"R\"", "gating:id=\"R\" gating:parent_id=\"P\""));
        assertTrue(parent.getMessage().startsWith("test.xml:5: gate R: parent_id P"), parent.getMessage());
    }

    @Test
    void badNumbersAndMissingAttributesAreOneLineErrors() {
        GatingMlException e = fails(RANGE.replace("1.5", "one"));
        assertTrue(e.getMessage().contains("gate R") && e.getMessage().contains("'one'"), e.getMessage());
        assertTrue(fails(RANGE.replace(" gating:id=\"R\"", "")).getMessage().contains("attribute id"));
        assertTrue(fails(RANGE.replace(" gating:min=\"1.5\"", "")).getMessage().contains("min or a max"));
    }

    @Test
    void modelErrorsAreReportedOnceWithLineAndGate() {
        GatingMlException e = fails("<gating:PolygonGate gating:id=\"P\">"
                + "<gating:dimension gating:compensation-ref=\"uncompensated\"><data-type:fcs-dimension data-type:name=\"A\"/></gating:dimension>"
                + "<gating:dimension gating:compensation-ref=\"uncompensated\"><data-type:fcs-dimension data-type:name=\"B\"/></gating:dimension>"
                + "<gating:vertex><gating:coordinate data-type:value=\"1\"/><gating:coordinate data-type:value=\"2\"/></gating:vertex>"
                + "<gating:vertex><gating:coordinate data-type:value=\"3\"/><gating:coordinate data-type:value=\"4\"/></gating:vertex>"
                + "</gating:PolygonGate>");
        assertEquals("test.xml:5: gate P: a polygon needs at least 3 vertices, found 2", e.getMessage());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
        assertThrows(GatingMlException.class, () -> new GatingMlReader(GatingMlReaderTest::identity)
                .read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "evil.xml"));
    }

    @Test
    void wrongRootAndBrokenXmlAreRejected() {
        assertThrows(GatingMlException.class, () -> new GatingMlReader(GatingMlReaderTest::identity)
                .read(new ByteArrayInputStream("<Gating-ML/>".getBytes(StandardCharsets.UTF_8)), "x.xml"));
        assertThrows(GatingMlException.class, () -> new GatingMlReader(GatingMlReaderTest::identity)
                .read(new ByteArrayInputStream("<gating:Gat".getBytes(StandardCharsets.UTF_8)), "x.xml"));
    }
}
