package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedSample;
import org.junit.jupiter.api.Test;

/**
 * PROOF: the whole automatic chain (debris -> singlets -> transform -> thresholds -> quadrant
 * counts among singlet non-debris cells) against the simulator's per-event truth over a suite of
 * instrument styles and hard scenarios. Requirement: mean absolute error per class <= 1.0
 * percentage point, and no class of any sample off by more than 3 points.
 */
class SimulatedAccuracyTest {
    private static final ApoptosisSimulator SIM = new ApoptosisSimulator();

    record Case(Scenario scenario, boolean controls, boolean compensate) {
        Case(Scenario scenario, boolean controls) {
            this(scenario, controls, true);
        }
    }

    static List<Case> suite() {
        List<Case> cases = new ArrayList<>();
        long seed = 1000;
        for (InstrumentStyle style : InstrumentStyle.values()) {
            Scenario base = Scenario.typical(style, 30000, seed++);
            cases.add(new Case(base.named(style + " typical"), false));
            cases.add(new Case(base.named(style + " typical+controls").withEvents(30000, seed++), true));
            cases.add(new Case(base.named(style + " untreated").withFractions(0.95, 0.025, 0.015, 0.01)
                    .withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " high dose").withFractions(0.20, 0.30, 0.40, 0.10)
                    .withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " dim annexin").withBrightness(0.7, 2.0).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " dim annexin+controls").withBrightness(0.7, 2.0)
                    .withEvents(30000, seed++), true));
            cases.add(new Case(base.named(style + " heavy debris").withDebris(0.40, 0.06).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " many doublets").withDebris(0.10, 0.18).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " strong spillover").withSpillover(2.0, style != InstrumentStyle.ACCURI)
                    .withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " 2000 events").withEvents(2000, seed++), false));
            cases.add(new Case(base.named(style + " all live").withFractions(1, 0, 0, 0).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " empty late/necrotic").withFractions(0.7, 0.3, 0, 0)
                    .withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " dim annexin untreated").withFractions(0.9, 0.05, 0.03, 0.02)
                    .withBrightness(0.7, 2.0).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " dim+debris+doublets+spillover").withFractions(0.5, 0.25, 0.2, 0.05)
                    .withBrightness(0.7, 1.3).withDebris(0.35, 0.15).withSpillover(2.0, true).withEvents(30000, seed++), false));
            cases.add(new Case(base.named(style + " no FSC-H").withLayout(false, style.defaultViabilityDetector(), true)
                    .withEvents(30000, seed++), false));
        }
        // Accuri files without a usable matrix and no controls: nothing to compensate with.
        Scenario accuri = Scenario.typical(InstrumentStyle.ACCURI, 30000, seed++);
        cases.add(new Case(accuri.named("ACCURI uncompensated PI in FL2"), false, false));
        cases.add(new Case(accuri.named("ACCURI uncompensated PI in FL3").withLayout(true, 2, true)
                .withEvents(30000, seed++), false, false));
        cases.add(new Case(accuri.named("ACCURI uncompensated high dose").withFractions(0.2, 0.3, 0.4, 0.1)
                .withEvents(30000, seed++), false, false));
        return cases;
    }

    static GatingRun run(Case c, GatingRun.TransformChoice choice) {
        Scenario s = c.scenario();
        SimulatedSample sample = SIM.simulate(s);
        SimulatedSample annNeg = null;
        SimulatedSample viaNeg = null;
        if (c.controls()) {
            annNeg = SIM.simulate(s.withStains(false, true).withEvents(20000, s.seed() + 7919), s.seed());
            viaNeg = SIM.simulate(s.withStains(true, false).withEvents(20000, s.seed() + 104729), s.seed());
        }
        // Accuri files carry no usable matrix: the pipeline compensates from single-stain controls,
        // here stood in for by the known matrix.
        boolean compensate = c.compensate();
        return GatingRun.run(sample, annNeg, viaNeg, compensate, choice);
    }

    static GatingRun run(Case c) {
        return run(c, GatingRun.LOGICLE);
    }

    @Test
    void chainMatchesTruthAcrossScenariosOnEstimatedLogicle() {
        check(GatingRun.LOGICLE);
    }

    @Test
    void chainMatchesTruthAcrossScenariosOnAsinh() {
        check((v, n, range) -> new TestAsinh(150 * range / 262144));
    }

    private static void check(GatingRun.TransformChoice choice) {
        double sumErr = 0;
        int classes = 0;
        double worst = 0;
        StringBuilder failures = new StringBuilder();
        for (Case c : suite()) {
            GatingRun r = run(c, choice);
            System.out.println(c.scenario().name() + ": " + r);
            for (int j = 0; j < 4; j++) {
                sumErr += Math.abs(r.found[j] - r.truth[j]);
                classes++;
            }
            worst = Math.max(worst, r.maxError());
            if (r.maxError() > 3.0) {
                failures.append(c.scenario().name()).append(" off by ").append(r.maxError()).append("; ");
            }
        }
        double mae = sumErr / classes;
        System.out.println("MAE " + mae + " worst " + worst);
        assertTrue(mae <= 1.0, "mean absolute error " + mae + " > 1.0 point");
        assertTrue(failures.length() == 0, failures.toString());
    }
}
