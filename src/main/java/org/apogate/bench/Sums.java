package org.apogate.bench;

/**
 * Checksums over arrays with four independent accumulators, used identically by the ApoGate paths
 * and the plain scan so both pay the same (small) summing cost and the JIT cannot drop the work.
 */
final class Sums {
    private Sums() {
    }

    static double sum(double[] a, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static double sum(float[] a, int n) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < n; i++) {
            s0 += a[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Sum of {@code a[i] & mask} read as unsigned 32-bit integers. */
    static double sumMasked(int[] a, int n, long mask) {
        long s0 = 0;
        long s1 = 0;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            s0 += a[i] & mask;
            s1 += a[i + 1] & mask;
        }
        for (; i < n; i++) {
            s0 += a[i] & mask;
        }
        // a block holds at most a few million values below 2^32, so the long sums cannot overflow
        return (double) s0 + (double) s1;
    }
}
