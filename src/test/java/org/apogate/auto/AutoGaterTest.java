package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.EventClass;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedSample;
import org.apogate.transform.LogicleEstimator;
import org.apogate.transform.Transform;
import org.junit.jupiter.api.Test;

class AutoGaterTest {
    private static final ApoptosisSimulator SIM = new ApoptosisSimulator();

    /** Runs the facade on a whole simulated tube (compensated with the known matrix) and returns percentages. */
    private static double[] percentages(SimulatedSample s, AutoGater gater, SimulatedSample annNeg, SimulatedSample viaNeg,
                                        AutoGater.Thresholds[] out) {
        double[][] c = s.columns();
        GatingRun.compensate(s, c);
        int n = s.events();
        ChannelRoles roles = new ChannelRoleDetector().detect(s.names(), s.stains(), Map.of());
        double[] fa = c[roles.require(ChannelRole.FSC_A)];
        double[] fh = roles.has(ChannelRole.FSC_H) ? c[roles.require(ChannelRole.FSC_H)] : null;
        double[] sa = c[roles.require(ChannelRole.SSC_A)];
        double[] ann = c[roles.require(ChannelRole.ANNEXIN)];
        double[] via = c[roles.require(ChannelRole.VIABILITY)];
        ScatterGates g = gater.scatter(fa, fh, sa, n, 99);
        double[] annCells = AutoGater.singleCells(g, fa, fh, ann, n);
        double[] viaCells = AutoGater.singleCells(g, fa, fh, via, n);
        Transform ta = LogicleEstimator.estimate(annCells, annCells.length, s.range());
        Transform tv = LogicleEstimator.estimate(viaCells, viaCells.length, s.range());
        ta.applyInPlace(annCells, annCells.length);
        tv.applyInPlace(viaCells, viaCells.length);
        double[] annControl = annNeg == null ? null : controlAxis(annNeg, gater, ta, true);
        double[] viaControl = viaNeg == null ? null : controlAxis(viaNeg, gater, tv, false);
        AutoGater.Thresholds t = gater.thresholds(annCells, viaCells, annCells.length, ta, tv, annControl, viaControl, true);
        out[0] = t;
        double[] pct = new double[4];
        for (int i = 0; i < annCells.length; i++) {
            Population p = Population.quadrant(t.annexin().isPositive(annCells[i]), t.viability().isPositive(viaCells[i]));
            pct[p.ordinal() - Population.LIVE.ordinal()]++;
        }
        for (int j = 0; j < 4; j++) {
            pct[j] *= 100.0 / annCells.length;
        }
        return pct;
    }

    private static double[] controlAxis(SimulatedSample s, AutoGater gater, Transform t, boolean annexin) {
        double[][] c = s.columns();
        GatingRun.compensate(s, c);
        double[] fa = c[s.names().indexOf("FSC-A")];
        int h = s.names().indexOf("FSC-H");
        double[] fh = h < 0 ? null : c[h];
        ScatterGates g = gater.scatter(fa, fh, c[s.names().indexOf("SSC-A")], s.events(), 7);
        String ch = annexin ? s.scenario().style().fluorescence().get(0)
                : s.scenario().style().fluorescence().get(s.scenario().viabilityDetector());
        double[] v = AutoGater.singleCells(g, fa, fh, c[s.names().indexOf(ch)], s.events());
        t.applyInPlace(v, v.length);
        return v;
    }

    private static double[] truth(SimulatedSample s) {
        double[] t = new double[4];
        int cells = 0;
        for (EventClass c : s.truth()) {
            if (c.isSingleCell()) {
                t[c.ordinal() - EventClass.LIVE.ordinal()]++;
                cells++;
            }
        }
        for (int j = 0; j < 4; j++) {
            t[j] *= 100.0 / cells;
        }
        return t;
    }

    @Test
    void facadeMatchesTruthWithAndWithoutControls() {
        Scenario s = Scenario.typical(InstrumentStyle.CYTOFLEX, 40000, 501).withDebris(0.3, 0.1);
        SimulatedSample sample = SIM.simulate(s);
        SimulatedSample annNeg = SIM.simulate(s.withStains(false, true).withEvents(20000, 502), s.seed());
        SimulatedSample viaNeg = SIM.simulate(s.withStains(true, false).withEvents(20000, 503), s.seed());
        AutoGater.Thresholds[] t = new AutoGater.Thresholds[1];
        double[] truth = truth(sample);
        double[] auto = percentages(sample, AutoGater.defaults(), null, null, t);
        assertTrue(t[0].flags().contains(QcFlag.CONTROLS_MISSING));
        assertTrue(t[0].annexin().method().startsWith("auto"));
        double[] controls = percentages(sample, AutoGater.defaults(), annNeg, viaNeg, t);
        assertEquals("controls", t[0].annexin().method());
        assertEquals("controls", t[0].viability().method());
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], auto[j], 2.0, "auto class " + j);
            assertEquals(truth[j], controls[j], 3.0, "controls class " + j);
        }
    }

    @Test
    void fixedAndMethodOrder() {
        SimulatedSample sample = SIM.simulate(Scenario.typical(InstrumentStyle.BD, 5000, 504));
        AutoGater fixedFirst = new AutoGater(DebrisOptions.defaults(), SingletOptions.defaults(), ThresholdOptions.defaults(),
                new ThresholdMethods(List.of("fixed", "auto"), 0.5, null, false));
        AutoGater.Thresholds[] t = new AutoGater.Thresholds[1];
        percentages(sample, fixedFirst, null, null, t);
        assertEquals("fixed", t[0].annexin().method());
        assertEquals(0.5, t[0].annexin().transformed(), 0.0);
        assertTrue(t[0].viability().method().startsWith("auto"));
        AutoGater controlsOnly = new AutoGater(DebrisOptions.defaults(), SingletOptions.defaults(), ThresholdOptions.defaults(),
                new ThresholdMethods(List.of("controls"), null, null, true));
        assertThrows(AutoGatingException.class, () -> percentages(sample, controlsOnly, null, null, t));
        assertThrows(AutoGatingException.class, () -> new ThresholdMethods(List.of("otsu"), null, null, true));
        assertThrows(AutoGatingException.class, () -> new DebrisOptions("kmeans", 20000));
    }

    @Test
    void scatterWithoutHeightOrWithSinglesDisabled() {
        SimulatedSample s = SIM.simulate(Scenario.typical(InstrumentStyle.ATTUNE, 30000, 505).withDebris(0.2, 0.05));
        double[] fa = s.column("FSC-A");
        double[] sa = s.column("SSC-A");
        ScatterGates noHeight = AutoGater.defaults().scatter(fa, null, sa, s.events(), 1);
        assertTrue(!noHeight.singlets().enabled());
        AutoGater off = new AutoGater(DebrisOptions.defaults(), new SingletOptions(false, 4.0), ThresholdOptions.defaults(),
                ThresholdMethods.defaults());
        assertTrue(!off.scatter(fa, s.column("FSC-H"), sa, s.events(), 1).singlets().enabled());
        // The debris fit on a seeded 20,000-event subsample is reproducible.
        ScatterGates a = AutoGater.defaults().scatter(fa, s.column("FSC-H"), sa, s.events(), 5);
        ScatterGates b = AutoGater.defaults().scatter(fa, s.column("FSC-H"), sa, s.events(), 5);
        assertEquals(a.debris().fscThreshold(), b.debris().fscThreshold(), 0.0);
        assertEquals(a.singlets().maxRatio(), b.singlets().maxRatio(), 0.0);
    }

    @Test
    void millionEventTubeRunsOnPlainArrays() {
        // Smoke test at full scale (no timing assertion): 1M events, heavy debris, many doublets.
        Scenario s = Scenario.typical(InstrumentStyle.BD, 1_000_000, 506).withDebris(0.35, 0.15)
                .withFractions(0.5, 0.2, 0.25, 0.05);
        SimulatedSample sample = SIM.simulate(s);
        AutoGater.Thresholds[] t = new AutoGater.Thresholds[1];
        double[] found = percentages(sample, AutoGater.defaults(), null, null, t);
        double[] truth = truth(sample);
        for (int j = 0; j < 4; j++) {
            assertEquals(truth[j], found[j], 3.0, "class " + j);
        }
    }
}
