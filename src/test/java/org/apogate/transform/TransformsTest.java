package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformsTest {

    @Test
    void buildsEachGatingMlTransform() {
        assertEquals(new LinearTransform(1000, 10), Transforms.byGatingMlName("flin", Map.of("T", 1000.0, "A", 10.0)));
        assertEquals(new LogTransform(1000, 4), Transforms.byGatingMlName("flog", Map.of("T", 1000.0, "M", 4.0)));
        assertEquals(new AsinhTransform(1000, 4, 1),
                Transforms.byGatingMlName("fasinh", Map.of("T", 1000.0, "M", 4.0, "A", 1.0)));
        assertEquals(new LogicleTransform(1000, 1, 4, 0),
                Transforms.byGatingMlName("logicle", Map.of("T", 1000.0, "W", 1.0, "M", 4.0, "A", 0.0)));
        assertEquals(new HyperlogTransform(1000, 1, 4, 0),
                Transforms.byGatingMlName("hyperlog", Map.of("T", 1000.0, "W", 1.0, "M", 4.0, "A", 0.0)));
    }

    @Test
    void boundsWrapTheTransform() {
        Transform t = Transforms.byGatingMlName("flin", Map.of("T", 1000.0, "A", 0.0, "boundMin", 0.0, "boundMax", 1.0));
        assertEquals(new BoundedTransform(new LinearTransform(1000, 0), 0, 1), t);
        assertEquals(1, t.apply(5000), 0);
        assertEquals(0, t.apply(-5000), 0);
        assertEquals(0.5, t.apply(500), 1e-15);
        double[] v = {-5000, 500, 5000};
        t.applyInPlace(v, 3);
        assertEquals(0, v[0], 0);
        assertEquals(0.5, v[1], 1e-15);
        assertEquals(1, v[2], 0);
    }

    @Test
    void reportsMissingUnknownAndUnsupported() {
        TransformException missing = assertThrows(TransformException.class,
                () -> Transforms.byGatingMlName("logicle", Map.of("T", 1000.0, "M", 4.0, "A", 0.0)));
        assertTrue(missing.getMessage().contains("missing parameter W"), missing.getMessage());
        TransformException unknown = assertThrows(TransformException.class,
                () -> Transforms.byGatingMlName("flin", Map.of("T", 1000.0, "A", 0.0, "M", 4.0)));
        assertTrue(unknown.getMessage().contains("unknown parameter 'M'"), unknown.getMessage());
        TransformException unsupported = assertThrows(TransformException.class,
                () -> Transforms.byGatingMlName("fratio", Map.of()));
        assertTrue(unsupported.getMessage().contains("fratio"), unsupported.getMessage());
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("T", null);
        withNull.put("A", 0.0);
        assertThrows(TransformException.class, () -> Transforms.byGatingMlName("flin", withNull));
        assertThrows(TransformException.class, () -> Transforms.byGatingMlName(null, Map.of()));
        assertThrows(TransformException.class,
                () -> Transforms.byGatingMlName("flin", Map.of("T", 1000.0, "A", 0.0, "boundMin", 2.0, "boundMax", 1.0)));
    }
}
