package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apogate.error.ApoGateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Gating-ML 2.0 parameter constraints, one-line messages, equals/hashCode/toString. */
class ParameterValidationTest {

    private static void rejects(String param, Executable ctor) {
        TransformException e = assertThrows(TransformException.class, ctor);
        assertTrue(e.getMessage().contains("parameter " + param), e.getMessage());
        assertTrue(e.getMessage().contains("must"), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void flinNeedsPositiveTAndAWithinZeroToT() {
        rejects("T", () -> new LinearTransform(0, 0));
        rejects("T", () -> new LinearTransform(Double.NaN, 0));
        rejects("A", () -> new LinearTransform(100, -1));
        rejects("A", () -> new LinearTransform(100, 101));
        assertDoesNotThrow(() -> new LinearTransform(100, 100));
    }

    @Test
    void flogNeedsPositiveTAndM() {
        rejects("T", () -> new LogTransform(-1, 4));
        rejects("M", () -> new LogTransform(1000, 0));
        rejects("M", () -> new LogTransform(1000, Double.POSITIVE_INFINITY));
    }

    @Test
    void fasinhNeedsAWithinZeroToM() {
        rejects("T", () -> new AsinhTransform(0, 4, 0));
        rejects("M", () -> new AsinhTransform(1000, 0, 0));
        rejects("A", () -> new AsinhTransform(1000, 4, -0.1));
        rejects("A", () -> new AsinhTransform(1000, 4, 4.1));
        assertDoesNotThrow(() -> new AsinhTransform(1000, 4, 4));
    }

    @Test
    void logicleConstraints() {
        rejects("T", () -> new LogicleTransform(0, 0.5, 4.5, 0));
        rejects("M", () -> new LogicleTransform(262144, 0.5, -4.5, 0));
        rejects("W", () -> new LogicleTransform(262144, -0.1, 4.5, 0));
        rejects("W", () -> new LogicleTransform(262144, 2.3, 4.5, 0));
        rejects("A", () -> new LogicleTransform(262144, 0.5, 4.5, -0.6));
        rejects("A", () -> new LogicleTransform(262144, 0.5, 4.5, 3.6));
        rejects("W", () -> new LogicleTransform(262144, Double.NaN, 4.5, 0));
        assertDoesNotThrow(() -> new LogicleTransform(262144, 2.25, 4.5, 0));
        assertDoesNotThrow(() -> new LogicleTransform(262144, 0.5, 4.5, -0.5));
        assertDoesNotThrow(() -> new LogicleTransform(262144, 0.5, 4.5, 3.5));
    }

    @Test
    void hyperlogNeedsStrictlyPositiveW() {
        rejects("W", () -> new HyperlogTransform(262144, 0, 4.5, 0));
        rejects("W", () -> new HyperlogTransform(262144, 2.3, 4.5, 0));
        rejects("A", () -> new HyperlogTransform(262144, 0.5, 4.5, -0.6));
        assertDoesNotThrow(() -> new HyperlogTransform(262144, 0.5, 4.5, -0.5));
    }

    @Test
    void transformExceptionIsAnApoGateException() {
        assertTrue(ApoGateException.class.isAssignableFrom(TransformException.class));
    }

    @Test
    void valueSemantics() {
        assertEquals(new LogicleTransform(262144, 0.5, 4.5, 0), new LogicleTransform(262144, 0.5, 4.5, 0));
        assertEquals(new LogicleTransform(262144, 0.5, 4.5, 0).hashCode(),
                new LogicleTransform(262144, 0.5, 4.5, 0).hashCode());
        assertNotEquals(new LogicleTransform(262144, 0.5, 4.5, 0), new LogicleTransform(262144, 0.5, 4.5, 1));
        assertNotEquals(new LogicleTransform(1000, 1, 4, 0), new HyperlogTransform(1000, 1, 4, 0));
        assertEquals(new AsinhTransform(1000, 4, 1), new AsinhTransform(1000, 4, 1));
        assertEquals(new HyperlogTransform(1000, 1, 4, 1), new HyperlogTransform(1000, 1, 4, 1));
        assertEquals(FlowJoBiexTransform.withFlowJoDefaults(1, -10), FlowJoBiexTransform.withFlowJoDefaults(1, -10));
        assertEquals("LogicleTransform[t=262144.0, w=0.5, m=4.5, a=0.0]",
                new LogicleTransform(262144, 0.5, 4.5, 0).toString());
        assertEquals("LinearTransform[t=1000.0, a=0.0]", new LinearTransform(1000, 0).toString());
        assertEquals("AsinhTransform[t=1000.0, m=4.0, a=1.0]", new AsinhTransform(1000, 4, 1).toString());
    }
}
