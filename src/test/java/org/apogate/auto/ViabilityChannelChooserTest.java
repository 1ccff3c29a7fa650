package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedSample;
import org.apogate.transform.LogicleEstimator;
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

class ViabilityChannelChooserTest {
    private final ChannelRoleDetector detector = new ChannelRoleDetector();

    private String chosen(SimulatedSample s, boolean compensate) {
        double[][] c = s.columns();
        if (compensate) {
            GatingRun.compensate(s, c);
        }
        int annexin = s.names().indexOf(s.scenario().style().fluorescence().get(0));
        List<Integer> cand = detector.viabilityCandidates(s.names(), s.stains(), annexin);
        List<double[]> values = new ArrayList<>();
        for (int i : cand) {
            double[] v = c[i].clone();
            Transform t = LogicleEstimator.estimate(v, v.length, s.range());
            t.applyInPlace(v, v.length);
            values.add(v);
        }
        return s.names().get(new ViabilityChannelChooser(ThresholdOptions.defaults()).choose(cand, values).channel());
    }

    @Test
    void candidatesFollowConventionOrder() {
        List<String> names = List.of("FSC-A", "FSC-H", "SSC-A", "FITC-A", "PE-A", "PerCP-Cy5-5-A", "APC-A", "Time");
        List<Integer> c = detector.viabilityCandidates(names, null, 3);
        assertEquals(List.of(4, 5), c);
    }

    @Test
    void piInPerCpIsFoundWithoutStainsOnCompensatedData() {
        // Uncompensated data are not supported here: FITC spill into the PE detector then looks as
        // bright as PI in the PerCP detector (see the class comment).
        for (boolean compensate : new boolean[] {true}) {
            for (InstrumentStyle style : new InstrumentStyle[] {InstrumentStyle.BD, InstrumentStyle.ATTUNE}) {
                SimulatedSample perCp = new ApoptosisSimulator().simulate(
                        Scenario.typical(style, 20000, 77).withLayout(true, 2, false));
                assertEquals(style.fluorescence().get(2), chosen(perCp, compensate), style + " compensated " + compensate);
                SimulatedSample pe = new ApoptosisSimulator().simulate(
                        Scenario.typical(style, 20000, 78).withLayout(true, 1, false));
                assertEquals(style.fluorescence().get(1), chosen(pe, compensate), style + " compensated " + compensate);
            }
        }
    }

    @Test
    void noPositivesKeepsConvention() {
        SimulatedSample allLive = new ApoptosisSimulator().simulate(
                Scenario.typical(InstrumentStyle.BD, 20000, 79).withFractions(1, 0, 0, 0).withDebris(0, 0.05)
                        .withLayout(true, 2, false));
        assertEquals("PE-A", chosen(allLive, true));
        assertTrue(allLive.stains().stream().allMatch(x -> x == null));
    }
}
