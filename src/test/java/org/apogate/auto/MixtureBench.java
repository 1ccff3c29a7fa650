package org.apogate.auto;

import java.util.Locale;

/**
 * Manual micro-benchmark (not a unit test; no JMH, no assertions): ms per call of
 * {@link Mixture1D#fitRange} (k = 1..3) and {@link ThresholdFinder#auto} on 12k values, the most
 * the pipeline passes per axis. Run from the project root after {@code mvn -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes org.apogate.auto.MixtureBench [calls]</pre>
 * The first call of each kind is reported separately (cold: interpreted until the JIT compiles the loop).
 */
public final class MixtureBench {
    private static final int N = 12_000;

    private MixtureBench() {
    }

    public static void main(String[] args) {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        double[][] data = {
            sample(1, new double[] {0.7, 0.3}, new double[] {0.5, 2.5}, new double[] {0.15, 0.3}),
            sample(2, new double[] {0.6, 0.3, 0.1}, new double[] {0.4, 1.6, 3.0}, new double[] {0.12, 0.25, 0.2}),
            sample(3, new double[] {1.0}, new double[] {1.0}, new double[] {0.2}),
        };
        ThresholdFinder finder = new ThresholdFinder(ThresholdOptions.defaults());
        double sink = 0;
        long t0 = System.nanoTime();
        sink += finder.auto(data[0], N, null).transformed();
        double coldAuto = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        sink += Mixture1D.fitRange(data[1], N, 3).get(2).logLikelihood();
        double coldFit = (System.nanoTime() - t0) / 1e6;
        double fit = 0;
        double auto = 0;
        for (int round = 0; round < 2; round++) { // round 0 warms up
            long f = 0;
            long a = 0;
            for (int i = 0; i < calls; i++) {
                double[] x = data[i % data.length];
                long s = System.nanoTime();
                sink += Mixture1D.fitRange(x, N, 3).get(1).logLikelihood();
                long m = System.nanoTime();
                sink += finder.auto(x, N, null).transformed();
                long e = System.nanoTime();
                f += m - s;
                a += e - m;
            }
            fit = f / 1e6 / calls;
            auto = a / 1e6 / calls;
        }
        System.out.printf(Locale.ROOT, "first call (cold): auto %.1f ms, fitRange %.1f ms%n", coldAuto, coldFit);
        System.out.printf(Locale.ROOT, "warm, mean of %d calls on %d values: fitRange(k=1..3) %.3f ms, auto %.3f ms (sink %.3f)%n",
                calls, N, fit, auto, sink);
    }

    private static double[] sample(long seed, double[] w, double[] mu, double[] sd) {
        return Mixture1DTest.mixture(seed, N, w, mu, sd);
    }
}
