package org.apogate.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ApoptosisSimulatorTest {
    private final ApoptosisSimulator sim = new ApoptosisSimulator();

    @Test
    void classCountsFollowTheScenario() {
        Scenario s = Scenario.typical(InstrumentStyle.BD, 20000, 1).withFractions(0.5, 0.2, 0.2, 0.1).withDebris(0.2, 0.1);
        Map<EventClass, Integer> c = sim.simulate(s).counts();
        assertEquals(4000, c.get(EventClass.DEBRIS));
        assertEquals(2000, c.get(EventClass.DOUBLET));
        assertEquals(7000, c.get(EventClass.LIVE));
        assertEquals(2800, c.get(EventClass.EARLY));
        assertEquals(2800, c.get(EventClass.LATE));
        assertEquals(1400, c.get(EventClass.NECROTIC));
    }

    @Test
    void deterministicPerSeed() {
        Scenario s = Scenario.typical(InstrumentStyle.ATTUNE, 3000, 7);
        assertArrayEquals(sim.simulate(s).column("BL1-A"), sim.simulate(s).column("BL1-A"));
        assertArrayEquals(sim.simulate(s).truth(), sim.simulate(s).truth());
    }

    @Test
    void instrumentLayoutsAndFormats() {
        SimulatedSample bd = sim.simulate(Scenario.typical(InstrumentStyle.BD, 2000, 2));
        assertEquals(java.util.List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A", "Time"), bd.names());
        assertEquals("Annexin V-FITC", bd.stains().get(3));
        assertEquals("PI", bd.stains().get(4));
        boolean negative = false;
        for (double v : bd.column("APC-A")) {
            negative |= v < 0;
        }
        assertTrue(negative, "baseline-restored data has negative values");
        SimulatedSample accuri = sim.simulate(Scenario.typical(InstrumentStyle.ACCURI, 2000, 3));
        for (String ch : accuri.names()) {
            for (double v : accuri.column(ch)) {
                assertTrue(v >= 0 && v <= 16777215 && v == Math.rint(v), ch + " " + v);
            }
        }
        SimulatedSample noHeight = sim.simulate(Scenario.typical(InstrumentStyle.CYTOFLEX, 500, 4).withLayout(false, 2, true));
        assertTrue(!noHeight.names().contains("FSC-H"));
        assertEquals("PI", noHeight.stains().get(noHeight.names().indexOf("ECD-A")));
    }

    @Test
    void biologyShowsInTheData() {
        Scenario s = Scenario.typical(InstrumentStyle.BD, 30000, 5).withSpillover(0, true);
        SimulatedSample x = sim.simulate(s);
        EventClass[] t = x.truth();
        double[] fsc = x.column("FSC-A");
        double[] fscH = x.column("FSC-H");
        double[] ann = x.column("FITC-A");
        double[] pi = x.column("PE-A");
        double[][] sumF = new double[EventClass.values().length][3];
        for (int i = 0; i < t.length; i++) {
            sumF[t[i].ordinal()][0] += Math.log10(Math.max(1, fsc[i]));
            sumF[t[i].ordinal()][1] += fsc[i] / fscH[i];
            sumF[t[i].ordinal()][2]++;
        }
        double live = sumF[EventClass.LIVE.ordinal()][0] / sumF[EventClass.LIVE.ordinal()][2];
        double late = sumF[EventClass.LATE.ordinal()][0] / sumF[EventClass.LATE.ordinal()][2];
        double debris = sumF[EventClass.DEBRIS.ordinal()][0] / sumF[EventClass.DEBRIS.ordinal()][2];
        assertTrue(late < live - 0.1 && debris < late - 0.4, "shrunken dying cells, small debris");
        double ratioSingle = sumF[EventClass.LIVE.ordinal()][1] / sumF[EventClass.LIVE.ordinal()][2];
        double ratioDouble = sumF[EventClass.DOUBLET.ordinal()][1] / sumF[EventClass.DOUBLET.ordinal()][2];
        assertTrue(ratioDouble > 1.35 * ratioSingle, "doublets have more area per height");
        double annLive = medianOf(ann, t, EventClass.LIVE);
        double annEarly = medianOf(ann, t, EventClass.EARLY);
        double piLate = medianOf(pi, t, EventClass.LATE);
        double piEarly = medianOf(pi, t, EventClass.EARLY);
        assertEquals(1.8, Math.log10(annEarly / annLive), 0.3);
        assertTrue(piLate > 30 * piEarly);
    }

    @Test
    void spilloverMatrixShape() {
        double[][] sp = ApoptosisSimulator.spillover(4, 1.0);
        assertEquals(1.0, sp[0][0]);
        assertTrue(sp[0][1] >= 0.15 && sp[0][1] <= 0.25, "FITC -> PE spill");
        assertTrue(sp[1][2] > 0.2, "PE -> PerCP spill");
        double[][] strong = ApoptosisSimulator.spillover(4, 2.0);
        assertEquals(2 * sp[0][1], strong[0][1], 1e-12);
    }

    @Test
    void timeChannelMonotoneAndAnomalyLeavesAGap() {
        SimulatedSample x = sim.simulate(Scenario.typical(InstrumentStyle.BD, 20000, 6).withTimeAnomaly(true));
        double[] time = x.column("Time");
        double maxGap = 0;
        for (int i = 1; i < time.length; i++) {
            assertTrue(time[i] >= time[i - 1]);
            maxGap = Math.max(maxGap, time[i] - time[i - 1]);
        }
        assertTrue(maxGap > 500, "clog gap");
    }

    private static double medianOf(double[] v, EventClass[] t, EventClass c) {
        return java.util.Arrays.stream(java.util.stream.IntStream.range(0, v.length).filter(i -> t[i] == c)
                .mapToDouble(i -> v[i]).toArray()).sorted().skip(java.util.stream.IntStream.range(0, v.length)
                .filter(i -> t[i] == c).count() / 2).findFirst().orElseThrow();
    }
}
