package org.apogate.bench;

import java.util.List;
import java.util.SplittableRandom;
import org.apogate.fcs.EventBlock;

/**
 * A 14-parameter Annexin V / PI panel with realistic value ranges (scale 0..262144): scatter, eight
 * fluorescence detectors linked by an 8x8 spillover matrix, and Time. Events come from five
 * populations: debris, doublets, and live / early apoptotic / late apoptotic / necrotic single cells
 * (Annexin V on FITC-A, PI on PE-Texas Red-A), spilled through the matrix plus detector noise.
 */
final class SyntheticPanel {
    static final double TOP = 262144;
    static final List<String> CHANNELS = List.of("FSC-A", "FSC-H", "FSC-W", "SSC-A", "SSC-H",
            "FITC-A", "PE-A", "PE-Texas Red-A", "PerCP-Cy5.5-A", "PE-Cy7-A", "APC-A", "APC-Cy7-A", "BV421-A", "Time");
    static final int FIRST_FLUOR = 5;
    static final int FLUORS = 8;
    static final String ANNEXIN = "FITC-A";
    static final String PI = "PE-Texas Red-A";
    private static final int PI_FLUOR = 2;   // PE-Texas Red-A within the fluorescence channels
    private static final double NOISE_SD = 60;

    /** Detector spillover: row = fluorochrome, column = detector; mostly into the next detectors. */
    private static final double[][] SPILLOVER = spillover();

    private final SplittableRandom random;
    private final double[] trueSignal = new double[FLUORS];
    private long nextEvent;

    SyntheticPanel(long seed) {
        this.random = new SplittableRandom(seed);
    }

    static List<String> fluorChannels() {
        return CHANNELS.subList(FIRST_FLUOR, FIRST_FLUOR + FLUORS);
    }

    static double[][] spilloverMatrix() {
        double[][] copy = new double[FLUORS][];
        for (int i = 0; i < FLUORS; i++) {
            copy[i] = SPILLOVER[i].clone();
        }
        return copy;
    }

    private static double[][] spillover() {
        double[][] s = new double[FLUORS][FLUORS];
        for (int i = 0; i < FLUORS; i++) {
            s[i][i] = 1;
            if (i + 1 < FLUORS) {
                s[i][i + 1] = 0.12 + 0.02 * (i % 3);
            }
            if (i + 2 < FLUORS) {
                s[i][i + 2] = 0.03;
            }
            if (i > 0) {
                s[i][i - 1] = 0.02;
            }
        }
        s[0][1] = 0.18;   // FITC into PE, the classic large one
        s[1][2] = 0.25;   // PE into PE-Texas Red
        return s;
    }

    /** Fills events {@code [0, n)} of {@code block} (14 channels) with the next {@code n} events. */
    void fill(EventBlock block, int n) {
        double[][] col = new double[CHANNELS.size()][];
        for (int c = 0; c < col.length; c++) {
            col[c] = block.column(c);
        }
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            double fscScale = 1;
            double annexin;
            double pi;
            if (u < 0.08) {          // debris: small, dim
                fscScale = 0.2;
                annexin = logNormal(400, 0.8);
                pi = logNormal(600, 0.9);
            } else if (u < 0.11) {   // doublets: twice the area at the same height
                fscScale = 2;
                annexin = logNormal(400, 0.5);
                pi = logNormal(250, 0.5);
            } else if (u < 0.65) {   // live
                annexin = logNormal(300, 0.5);
                pi = logNormal(200, 0.5);
            } else if (u < 0.80) {   // early apoptotic
                annexin = logNormal(15000, 0.45);
                pi = logNormal(300, 0.5);
            } else if (u < 0.93) {   // late apoptotic
                annexin = logNormal(30000, 0.4);
                pi = logNormal(25000, 0.4);
            } else {                 // necrotic
                annexin = logNormal(800, 0.5);
                pi = logNormal(20000, 0.45);
            }
            double fscH = clamp(random.nextGaussian() * 9000 + 80000);
            double singleFscA = fscH * (1.15 + 0.04 * random.nextGaussian());
            double fscA = clamp(singleFscA * fscScale);
            double fscHOut = fscScale < 1 ? clamp(fscH * fscScale) : fscH;   // doublets keep single height
            double ssc = clamp(logNormal(fscScale == 0.2 ? 8000 : 40000, 0.3));
            col[0][i] = fscA;
            col[1][i] = fscHOut;
            col[2][i] = fscHOut > 0 ? Math.min(TOP - 1, 65536 * fscA / fscHOut / 2) : 0;
            col[3][i] = ssc;
            col[4][i] = clamp(ssc * 0.85);
            for (int f = 0; f < FLUORS; f++) {
                trueSignal[f] = logNormal(150, 0.6);
            }
            trueSignal[0] = annexin;
            trueSignal[PI_FLUOR] = pi;
            for (int d = 0; d < FLUORS; d++) {
                double v = 0;
                for (int f = 0; f < FLUORS; f++) {
                    v += trueSignal[f] * SPILLOVER[f][d];
                }
                col[FIRST_FLUOR + d][i] = Math.min(TOP - 1, v + NOISE_SD * random.nextGaussian());
            }
            col[13][i] = (nextEvent++ / 100) % (long) TOP;   // Time ticks: 100 events per tick, wraps at the top
        }
    }

    private double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(TOP - 1, v));
    }
}
