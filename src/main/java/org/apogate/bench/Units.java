package org.apogate.bench;

/** Short human labels for sizes. */
final class Units {
    private Units() {
    }

    /** 100000 -> "100k", 10000000 -> "10M". */
    static String events(long n) {
        if (n >= 1_000_000 && n % 1_000_000 == 0) {
            return n / 1_000_000 + "M";
        }
        if (n >= 1000 && n % 1000 == 0) {
            return n / 1000 + "k";
        }
        if (n >= 1_000_000) {
            return String.format(java.util.Locale.ROOT, "%.2fM", n / 1e6);
        }
        return Long.toString(n);
    }
}
