package org.apogate.report;

import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;

/** Synthetic but realistic-looking events and the three standard plots built from them. */
final class PlotFixtures {
    /** An arcsinh display scale mapping raw [-200, 262144] onto [0, 1], standing in for logicle. */
    static final double COFACTOR = 150;
    static final double TOP = 262144;
    static final DoubleUnaryOperator SCALE = v -> (asinh(v / COFACTOR) - asinh(-200 / COFACTOR))
            / (asinh(TOP / COFACTOR) - asinh(-200 / COFACTOR));

    private PlotFixtures() {
    }

    static double asinh(double v) {
        return Math.log(v + Math.sqrt(v * v + 1));
    }

    static byte[] scatter(int n, long seed) {
        Random random = new Random(seed);
        double[] fsc = new double[n];
        double[] ssc = new double[n];
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < 0.15) { // debris: small, low scatter, piled at the origin
                fsc[i] = Math.abs(random.nextGaussian() * 12000);
                ssc[i] = Math.abs(random.nextGaussian() * 9000);
            } else {
                fsc[i] = 95000 + random.nextGaussian() * 16000;
                ssc[i] = 60000 + 0.4 * (fsc[i] - 95000) + random.nextGaussian() * 14000;
            }
        }
        return DensityPlot.builder(Axis.linear("FSC-A", 0, TOP), Axis.linear("SSC-A", 0, TOP))
                .title("A01_treated · Cells")
                .events(fsc, ssc)
                .range(Overlays.Range.thresholdX(30000, "FSC ≥ 30K", 84.6))
                .polygon(new Overlays.Polygon("Cells", new double[] {32000, 150000, 170000, 40000},
                        new double[] {15000, 40000, 130000, 90000}, 83.9))
                .toPng();
    }

    static byte[] singlets(int n, long seed) {
        Random random = new Random(seed);
        double[] area = new double[n];
        double[] height = new double[n];
        for (int i = 0; i < n; i++) {
            double size = 95000 + random.nextGaussian() * 16000;
            boolean doublet = random.nextDouble() < 0.08;
            height[i] = size * 0.78 + random.nextGaussian() * 3000;
            area[i] = (doublet ? 1.9 : 1.0) * size + random.nextGaussian() * 4000;
        }
        return DensityPlot.builder(Axis.linear("FSC-A", 0, TOP), Axis.linear("FSC-H", 0, TOP))
                .title("A01_treated · Singlets")
                .events(area, height)
                .polygon(new Overlays.Polygon("Singlets", new double[] {40000, 150000, 165000, 45000},
                        new double[] {22000, 106000, 140000, 48000}, 91.2))
                .toPng();
    }

    static byte[] quadrants(int n, long seed) {
        Random random = new Random(seed);
        double[] annexin = new double[n];
        double[] pi = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            double a;
            double p;
            if (u < 0.70) { // live
                a = 60 * random.nextGaussian() + 80;
                p = 50 * random.nextGaussian() + 40;
            } else if (u < 0.85) { // early apoptotic
                a = Math.exp(8.8 + 0.6 * random.nextGaussian());
                p = 60 * random.nextGaussian() + 60;
            } else if (u < 0.97) { // late apoptotic
                a = Math.exp(9.6 + 0.5 * random.nextGaussian());
                p = Math.exp(8.5 + 0.6 * random.nextGaussian());
            } else { // necrotic
                a = 60 * random.nextGaussian() + 80;
                p = Math.exp(8.2 + 0.5 * random.nextGaussian());
            }
            annexin[i] = SCALE.applyAsDouble(a);
            pi[i] = SCALE.applyAsDouble(p);
        }
        List<Tick> ticks = Tick.decades(SCALE, true, 2, 5);
        return DensityPlot.builder(Axis.withTicks(Axis.label("FITC-A", "Annexin V"), 0, 1, ticks),
                        Axis.withTicks(Axis.label("PE-A", "PI"), 0, 1, ticks))
                .title("A01_treated · Annexin V / PI")
                .events(annexin, pi)
                .quadrants(Overlays.Quadrants.apoptosis(SCALE.applyAsDouble(1500), SCALE.applyAsDouble(1000),
                        70.0, 15.0, 12.0, 3.0))
                .toPng();
    }
}
