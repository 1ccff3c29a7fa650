package org.apogate.transform;

import java.util.SplittableRandom;

/**
 * Manual micro-benchmark (not a unit test; no JMH, no assertions): ns per value for exact
 * ({@code apply}) vs fast ({@code applyInPlace}, table) logicle, hyperlog, FlowJo biex, asinh. Run from the project root after {@code mvn -o test-compile}:
 * <pre>java -cp target/classes:target/test-classes org.apogate.transform.TransformBench</pre>
 * Data: 10M values shaped like compensated fluorescence (half near zero, half log-spread).
 */
public final class TransformBench {
    private static final int N = 10_000_000;
    private static final int ROUNDS = 5;

    private TransformBench() {
    }

    public static void main(String[] args) {
        double[] data = sample();
        double[] work = new double[N];
        LogicleTransform logicle = new LogicleTransform(262144, 0.5, 4.5, 0);
        HyperlogTransform hyperlog = new HyperlogTransform(262144, 0.5, 4.5, 0);
        AsinhTransform asinh = new AsinhTransform(262144, 4.5, 0);
        FlowJoBiexTransform biex = FlowJoBiexTransform.withFlowJoDefaults(1, -10);
        report("logicle exact (apply per value)", exact(logicle, data, work));
        report("logicle fast  (applyInPlace)   ", bulk(logicle, data, work));
        report("hyperlog exact                 ", exact(hyperlog, data, work));
        report("hyperlog fast                  ", bulk(hyperlog, data, work));
        report("FlowJo biex fast               ", bulk(biex, data, work));
        report("asinh exact (closed form)      ", exact(asinh, data, work));
        report("asinh fast  (table)            ", bulk(asinh, data, work));
    }

    private static double[] sample() {
        SplittableRandom rnd = new SplittableRandom(7);
        double[] d = new double[N];
        for (int i = 0; i < N; i++) {
            d[i] = (i & 1) == 0 ? rnd.nextGaussian() * 200 : Math.pow(10, rnd.nextDouble(0, 5.4));
        }
        return d;
    }

    /** Best ns/value over ROUNDS after one warm-up round. */
    private static double exact(Transform t, double[] data, double[] work) {
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int r = 0; r <= ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < N; i++) {
                work[i] = t.apply(data[i]);
            }
            long ns = System.nanoTime() - start;
            sink += work[r];
            if (r > 0) {
                best = Math.min(best, (double) ns / N);
            }
        }
        return sink == 12345.678 ? -1 : best;
    }

    private static double bulk(Transform t, double[] data, double[] work) {
        double best = Double.MAX_VALUE;
        double sink = 0;
        for (int r = 0; r <= ROUNDS; r++) {
            System.arraycopy(data, 0, work, 0, N);
            long start = System.nanoTime();
            t.applyInPlace(work, N);
            long ns = System.nanoTime() - start;
            sink += work[r];
            if (r > 0) {
                best = Math.min(best, (double) ns / N);
            }
        }
        return sink == 12345.678 ? -1 : best;
    }

    private static void report(String what, double nsPerValue) {
        System.out.printf("%s %8.2f ns/value%n", what, nsPerValue);
    }
}
