package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apogate.fcs.EventBlock;
import org.junit.jupiter.api.Test;

/**
 * Synthetic single-stain controls made with a known spillover matrix: log-normal dye brightness,
 * log-normal autofluorescence, photon (Poisson-like) and electronic noise. The estimator must recover
 * the matrix, and compensating with it must bring each positive population's secondary medians to
 * the unstained median.
 */
class SingleStainCompensationTest {
    static final List<String> DETECTORS = List.of("FITC-A", "PE-A", "PerCP-A", "APC-A");
    /** Row = dye, column = detector. FITC spills 25% into PE, PE 12% into PerCP, and so on. */
    static final double[][] TRUE_S = {
        {1, 0.25, 0.04, 0.0},
        {0.015, 1, 0.12, 0.002},
        {0.0, 0.05, 1, 0.08},
        {0.0, 0.0, 0.03, 1},
    };
    private static final double[] AUTOFLUORESCENCE_MEDIAN = {400, 250, 180, 120};

    /** Events of a tube: fraction {@code positiveFraction} carry dye {@code dye} (or none if dye < 0). */
    static double[][] tube(SplittableRandom rnd, int dye, int events, double positiveFraction, double brightness) {
        int n = DETECTORS.size();
        double[][] columns = new double[n][events];
        for (int i = 0; i < events; i++) {
            double dyeAmount = dye >= 0 && rnd.nextDouble() < positiveFraction
                    ? brightness * Math.exp(0.5 * rnd.nextGaussian()) : 0.0;
            double cellAutofluorescence = Math.exp(0.4 * rnd.nextGaussian());
            for (int d = 0; d < n; d++) {
                double signal = AUTOFLUORESCENCE_MEDIAN[d] * cellAutofluorescence + (dye >= 0 ? dyeAmount * TRUE_S[dye][d] : 0);
                double photon = Math.sqrt(Math.max(signal, 0)) * 2.0 * rnd.nextGaussian();
                double electronic = 30.0 * rnd.nextGaussian();
                columns[d][i] = signal + photon + electronic;
            }
        }
        return columns;
    }

    private static List<SingleStainControl> controls(SplittableRandom rnd, int events, double positiveFraction) {
        List<SingleStainControl> controls = new ArrayList<>();
        for (int dye = 0; dye < DETECTORS.size(); dye++) {
            controls.add(new SingleStainControl(DETECTORS.get(dye) + " tube", DETECTORS.get(dye),
                    tube(rnd, dye, events, positiveFraction, 30000)));
        }
        return controls;
    }

    private static void assertRecovered(SpilloverMatrix s) {
        assertEquals(DETECTORS, s.channels());
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(TRUE_S[i][j], s.get(i, j), 0.01, "S[" + DETECTORS.get(i) + "][" + DETECTORS.get(j) + "]");
            }
        }
    }

    @Test
    void recoversKnownMatrixWithUnstainedControl() {
        SplittableRandom rnd = new SplittableRandom(20261125L);
        double[][] unstained = tube(rnd, -1, 10000, 0, 0);
        List<SingleStainControl> controls = controls(rnd, 10000, 0.6);
        SingleStainResult r = new SingleStainCompensation().compute(DETECTORS, controls, unstained);
        assertRecovered(r.matrix());
        assertEquals("single-stain controls", r.matrix().source());
        assertEquals(4, r.diagnostics().size());
        for (SingleStainResult.Diagnostics d : r.diagnostics()) {
            assertTrue(d.positiveEvents() > 5000 && d.positiveEvents() < 7000, d.toString());
            assertTrue(d.negativesFromUnstained());
        }
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void recoversKnownMatrixFromTheControlsOwnNegatives() {
        SplittableRandom rnd = new SplittableRandom(99L);
        SingleStainResult r = new SingleStainCompensation().compute(DETECTORS, controls(rnd, 10000, 0.5));
        assertRecovered(r.matrix());
        for (SingleStainResult.Diagnostics d : r.diagnostics()) {
            assertTrue(d.negativeEvents() > 4000 && d.positiveEvents() > 4000, d.toString());
        }
    }

    @Test
    void compensationBringsPositiveSecondaryMediansToTheNegativeMedian() {
        SplittableRandom rnd = new SplittableRandom(7L);
        double[][] unstained = tube(rnd, -1, 10000, 0, 0);
        List<SingleStainControl> controls = controls(rnd, 10000, 0.6);
        SingleStainResult r = new SingleStainCompensation().compute(DETECTORS, controls, unstained);
        Compensator comp = Compensator.of(r.matrix(), DETECTORS);
        EventBlock neg = EventBlock.of(Columns.copy(unstained));
        comp.apply(neg);
        for (int p = 0; p < 4; p++) {
            SingleStainControl control = controls.get(p);
            double threshold = r.diagnostics().get(p).threshold();
            double[] primary = control.events()[p];
            EventBlock block = EventBlock.of(control.events());
            comp.apply(block);
            for (int d = 0; d < 4; d++) {
                if (d == p) {
                    continue;
                }
                double rawGap = medianAbove(control.events()[d], primary, threshold) - Columns.median(unstained[d], unstained[d].length);
                double compGap = medianAbove(block.column(d), primary, threshold) - Columns.median(neg.column(d), neg.size());
                double positiveMedian = medianAbove(primary, primary, threshold);
                // Within the 0.01 spill tolerance, expressed in units of the primary signal.
                assertEquals(0, compGap, 0.01 * positiveMedian, DETECTORS.get(p) + " tube in " + DETECTORS.get(d));
                if (TRUE_S[p][d] >= 0.04) {
                    assertTrue(Math.abs(rawGap) > 0.03 * positiveMedian, "uncompensated gap should be large: " + rawGap);
                    assertTrue(Math.abs(compGap) < Math.abs(rawGap) / 10, "compensation should remove the gap: " + compGap);
                }
            }
        }
    }

    private static double medianAbove(double[] values, double[] primary, double threshold) {
        double[] picked = new double[values.length];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (primary[i] > threshold) {
                picked[k++] = values[i];
            }
        }
        return Columns.median(picked, k);
    }

    @Test
    void tooFewPositiveEventsIsAnErrorNamingTheControl() {
        SplittableRandom rnd = new SplittableRandom(3L);
        double[][] unstained = tube(rnd, -1, 5000, 0, 0);
        List<SingleStainControl> controls = new ArrayList<>(controls(rnd, 2000, 0.6));
        controls.set(1, new SingleStainControl("dim PE tube", "PE-A", tube(rnd, 1, 2000, 0.005, 30000)));
        CompensationException e = assertThrows(CompensationException.class,
                () -> new SingleStainCompensation().compute(DETECTORS, controls, unstained));
        assertTrue(e.getMessage().contains("'dim PE tube'") && e.getMessage().contains("expected at least 50"), e.getMessage());
    }

    @Test
    void detectorWithoutControlKeepsAnIdentityRowWithAWarning() {
        SplittableRandom rnd = new SplittableRandom(5L);
        double[][] unstained = tube(rnd, -1, 5000, 0, 0);
        List<SingleStainControl> three = controls(rnd, 5000, 0.6).subList(0, 3);
        SingleStainResult r = new SingleStainCompensation().compute(DETECTORS, three, unstained);
        assertEquals(1.0, r.matrix().get(3, 3));
        assertEquals(0.0, r.matrix().get(3, 2));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("APC-A"));
        assertEquals(0.25, r.matrix().get(0, 1), 0.01);
    }

    @Test
    void malformedInputsAreErrors() {
        SingleStainCompensation ssc = new SingleStainCompensation();
        double[][] two = {new double[10], new double[10]};
        assertThrows(CompensationException.class, () -> ssc.compute(DETECTORS,
                List.of(new SingleStainControl("x", "FITC-A", two))));
        assertThrows(CompensationException.class, () -> ssc.compute(DETECTORS,
                List.of(new SingleStainControl("x", "BV421-A", new double[4][10]))));
        double[][] ragged = {new double[10], new double[10], new double[9], new double[10]};
        assertThrows(CompensationException.class, () -> ssc.compute(DETECTORS,
                List.of(new SingleStainControl("x", "FITC-A", ragged))));
    }
}
