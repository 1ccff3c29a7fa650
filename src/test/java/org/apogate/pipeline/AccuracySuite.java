package org.apogate.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;

/**
 * The simulated experiments of the pipeline accuracy test: per instrument style, groups of samples
 * that share (or lack) unstained / Annexin-only / PI-only control tubes, as a lab would run them.
 * Control tubes are a treated mix (so the single stains have positives), stained as bright as the
 * group's samples. Seeds are fixed; every tube has its own.
 */
final class AccuracySuite {
    static final int EVENTS = 20000;
    static final int CONTROL_EVENTS = 15000;

    /**
     * A group of samples; {@code controls} is the scenario the three control tubes derive from, or
     * null. {@code asserted} is false only for files that carry no spillover matrix and have no
     * single-stain controls (Accuri without controls): nothing to compensate with, reported only.
     */
    record Group(String name, List<Scenario> samples, Scenario controls, boolean asserted) {
        Group(String name, List<Scenario> samples, Scenario controls) {
            this(name, samples, controls, true);
        }
    }

    private AccuracySuite() {
    }

    /** One BD-style sample of a million events with its controls (pass 2 streams every event). */
    static List<Group> million() {
        Scenario s = Scenario.typical(InstrumentStyle.BD, 1_000_000, 7900);
        return List.of(new Group("BD_million", List.of(s.named("BD 1M events +ctl")),
                s.named("BD 1M controls").withFractions(0.55, 0.20, 0.20, 0.05).withEvents(CONTROL_EVENTS, 7901)));
    }

    static List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        long seed = 7100;
        for (InstrumentStyle style : InstrumentStyle.values()) {
            String p = style.name();
            Scenario base = Scenario.typical(style, EVENTS, seed);
            boolean accuri = style == InstrumentStyle.ACCURI;
            // With controls: thresholds from the negative tubes; Accuri's matrix from the single stains.
            groups.add(new Group(p + "_controls", List.of(
                    base.named(p + " typical +ctl").withEvents(EVENTS, seed++),
                    base.named(p + " untreated +ctl").withFractions(0.95, 0.025, 0.015, 0.01).withEvents(EVENTS, seed++),
                    base.named(p + " high dose +ctl").withFractions(0.20, 0.30, 0.40, 0.10).withEvents(EVENTS, seed++),
                    base.named(p + " all live +ctl").withFractions(1, 0, 0, 0).withEvents(EVENTS, seed++),
                    base.named(p + " empty late/necrotic +ctl").withFractions(0.7, 0.3, 0, 0).withEvents(EVENTS, seed++),
                    base.named(p + " heavy debris +ctl").withDebris(0.40, 0.06).withEvents(EVENTS, seed++),
                    base.named(p + " many doublets +ctl").withDebris(0.10, 0.18).withEvents(EVENTS, seed++)),
                    base.named(p + " controls").withFractions(0.55, 0.20, 0.20, 0.05).withEvents(CONTROL_EVENTS, seed++)));
            Scenario dim = base.withBrightness(0.7, 2.0);
            groups.add(new Group(p + "_dim_controls", List.of(
                    dim.named(p + " dim annexin +ctl").withEvents(EVENTS, seed++)),
                    dim.named(p + " dim controls").withFractions(0.55, 0.20, 0.20, 0.05).withEvents(CONTROL_EVENTS, seed++)));
            // A small experiment: 2,000-event samples and control tubes.
            groups.add(new Group(p + "_small_controls", List.of(
                    base.named(p + " 2000 events +ctl").withEvents(2000, seed++)),
                    base.named(p + " small controls").withFractions(0.55, 0.20, 0.20, 0.05).withEvents(2000, seed++)));
            // Strong spillover: controls run on the same instrument settings spill as strongly.
            Scenario strong = base.withSpillover(2.0, !accuri);
            groups.add(new Group(p + "_strong_controls", List.of(
                    strong.named(p + " strong spill +ctl").withEvents(EVENTS, seed++),
                    strong.named(p + " strong spill, no FSC-H +ctl")
                            .withLayout(false, style.defaultViabilityDetector(), true).withEvents(EVENTS, seed++)),
                    strong.named(p + " strong controls").withFractions(0.55, 0.20, 0.20, 0.05)
                            .withEvents(CONTROL_EVENTS, seed++)));
            List<Scenario> alone = new ArrayList<>(List.of(
                    base.named(p + " typical").withEvents(EVENTS, seed++),
                    base.named(p + " high dose").withFractions(0.20, 0.30, 0.40, 0.10).withEvents(EVENTS, seed++),
                    base.named(p + " all live").withFractions(1, 0, 0, 0).withEvents(EVENTS, seed++),
                    base.named(p + " empty late/necrotic").withFractions(0.7, 0.3, 0, 0).withEvents(EVENTS, seed++),
                    base.named(p + " dim annexin").withBrightness(0.7, 2.0).withEvents(EVENTS, seed++),
                    base.named(p + " heavy debris").withDebris(0.40, 0.06).withEvents(EVENTS, seed++),
                    base.named(p + " many doublets").withDebris(0.10, 0.18).withEvents(EVENTS, seed++),
                    base.named(p + " 2000 events").withEvents(2000, seed++),
                    base.named(p + " no FSC-H").withLayout(false, style.defaultViabilityDetector(), true)
                            .withEvents(EVENTS, seed++)));
            if (!accuri) {
                alone.add(base.named(p + " strong spill").withSpillover(2.0, true).withEvents(EVENTS, seed++));
            }
            groups.add(new Group(p + "_alone", alone, null, !accuri));
        }
        return groups;
    }
}
