package org.apogate.bench;

import java.util.function.DoubleSupplier;

/**
 * Times several tasks in alternating rounds (A, B, A, B, ...) after warm-up rounds, so a burst of
 * load from other processes hits every task alike and their ratio stays meaningful. Each task returns
 * a checksum, which is kept so the JIT cannot discard the work.
 */
final class Rounds {
    private final int warmups;
    private final int iterations;
    private double blackhole;

    Rounds(int warmups, int iterations) {
        if (warmups < 0 || iterations < 1) {
            throw new IllegalArgumentException("need warmups >= 0 and iterations >= 1");
        }
        this.warmups = warmups;
        this.iterations = iterations;
    }

    /** One timing per task, in the order given. */
    Timing[] time(DoubleSupplier... tasks) {
        long[][] nanos = new long[tasks.length][iterations];
        for (int round = 0; round < warmups + iterations; round++) {
            for (int t = 0; t < tasks.length; t++) {
                long start = System.nanoTime();
                blackhole += tasks[t].getAsDouble();
                long took = System.nanoTime() - start;
                if (round >= warmups) {
                    nanos[t][round - warmups] = took;
                }
            }
        }
        Timing[] result = new Timing[tasks.length];
        for (int t = 0; t < tasks.length; t++) {
            result[t] = Timing.of(nanos[t]);
        }
        return result;
    }

    /** The sum of every checksum seen; report it or compare it so the work stays observable. */
    double blackhole() {
        return blackhole;
    }
}
