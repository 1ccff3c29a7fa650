package org.apogate.simulate;

/**
 * Knobs of one simulated tube. Cell fractions (live, early, late, necrotic) are among single cells
 * and are normalised; debris and doublet fractions are of all events.
 *
 * @param annexinDecades   decades between the annexin-negative and annexin-positive medians (dim ~0.7, bright ~1.8)
 * @param viabilityDecades decades between PI-negative and PI-positive medians
 * @param spilloverScale   multiplies the default spillover (1 = typical, 2 = strong)
 * @param viabilityDetector index into the style's fluorescence detectors where PI is read
 * @param writeSpillover   write $SPILLOVER (the true matrix) into the file
 * @param writeStains      write $PnS stain names for the two dyes
 * @param timeAnomaly      insert a clog gap and a burst into the Time channel
 */
public record Scenario(String name, InstrumentStyle style, int events, long seed,
                       double live, double early, double late, double necrotic,
                       double debrisFraction, double doubletFraction,
                       double annexinDecades, double viabilityDecades, double spilloverScale,
                       boolean annexinStained, boolean viabilityStained, boolean withHeight,
                       int viabilityDetector, boolean writeSpillover, boolean writeStains, boolean timeAnomaly) {

    public Scenario {
        if (events < 1) {
            throw new IllegalArgumentException("events must be >= 1");
        }
        double sum = live + early + late + necrotic;
        if (!(sum > 0) || live < 0 || early < 0 || late < 0 || necrotic < 0) {
            throw new IllegalArgumentException("cell fractions must be >= 0 with a positive sum");
        }
        live /= sum;
        early /= sum;
        late /= sum;
        necrotic /= sum;
        if (debrisFraction < 0 || doubletFraction < 0 || debrisFraction + doubletFraction >= 1) {
            throw new IllegalArgumentException("debris + doublet fractions must be in [0, 1)");
        }
        if (viabilityDetector < 1 || viabilityDetector >= style.fluorescence().size()) {
            throw new IllegalArgumentException("viability detector must be 1.." + (style.fluorescence().size() - 1));
        }
    }

    /** A typical treated BD sample: 60% live, 20% early, 15% late, 5% necrotic, 10% debris, 6% doublets. */
    public static Scenario typical(InstrumentStyle style, int events, long seed) {
        return new Scenario("typical", style, events, seed, 0.60, 0.20, 0.15, 0.05, 0.10, 0.06, 1.8, 2.0, 1.0,
                true, true, true, style.defaultViabilityDetector(), style != InstrumentStyle.ACCURI, true, false);
    }

    public Scenario named(String n) {
        return new Scenario(n, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withFractions(double l, double e, double la, double n) {
        return new Scenario(name, style, events, seed, l, e, la, n, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withDebris(double debris, double doublets) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debris, doublets,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withBrightness(double annexin, double viability) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexin, viability, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withSpillover(double scaleFactor, boolean written) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, scaleFactor, annexinStained, viabilityStained, withHeight,
                viabilityDetector, written, writeStains, timeAnomaly);
    }

    public Scenario withStains(boolean annexin, boolean viability) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexin, viability, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withLayout(boolean height, int viabilityDet, boolean stainNames) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, height,
                viabilityDet, writeSpillover, stainNames, timeAnomaly);
    }

    public Scenario withEvents(int n, long newSeed) {
        return new Scenario(name, style, n, newSeed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, timeAnomaly);
    }

    public Scenario withTimeAnomaly(boolean anomaly) {
        return new Scenario(name, style, events, seed, live, early, late, necrotic, debrisFraction, doubletFraction,
                annexinDecades, viabilityDecades, spilloverScale, annexinStained, viabilityStained, withHeight,
                viabilityDetector, writeSpillover, writeStains, anomaly);
    }
}
