package org.apogate.fcs;

import java.nio.ByteOrder;

/**
 * $BYTEORD: "1,2,3,4" little endian, "4,3,2,1" big endian, "1,2" / "2,1" for 16-bit files, and legacy
 * permutations such as "3,4,1,2" (byte i of a word holds significance order[i]-1).
 */
record ByteOrderSpec(ByteOrder order, int[] permutation) {

    /** Byte significance per position for words as wide as the permutation, else null. */
    int[] significance(int width) {
        return permutation != null && permutation.length == width ? permutation.clone() : null;
    }

    static ByteOrderSpec parse(String raw, IssueLog log, boolean needed) {
        if (raw == null || raw.isBlank()) {
            if (needed) {
                log.recover("BYTEORD_MISSING", -1, "$BYTEORD", "$BYTEORD is missing; read as little endian 1,2,3,4");
            }
            return new ByteOrderSpec(ByteOrder.LITTLE_ENDIAN, null);
        }
        String[] parts = raw.trim().split("\\s*,\\s*");
        int n = parts.length;
        int[] sig = new int[n];
        boolean[] used = new boolean[n];
        boolean ok = n >= 1 && n <= 8;
        for (int i = 0; ok && i < n; i++) {
            try {
                int v = Integer.parseInt(parts[i].trim());
                if (v < 1 || v > n || used[v - 1]) {
                    ok = false;
                } else {
                    used[v - 1] = true;
                    sig[i] = v - 1;
                }
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (!ok) {
            log.recover("BYTEORD_INVALID", -1, "$BYTEORD", "$BYTEORD \"" + raw + "\" is not a permutation of 1..n; read as little endian");
            return new ByteOrderSpec(ByteOrder.LITTLE_ENDIAN, null);
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 0; i < n; i++) {
            ascending &= sig[i] == i;
            descending &= sig[i] == n - 1 - i;
        }
        if (ascending) {
            return new ByteOrderSpec(ByteOrder.LITTLE_ENDIAN, null);
        }
        if (descending) {
            return new ByteOrderSpec(ByteOrder.BIG_ENDIAN, null);
        }
        log.note("BYTEORD_PERMUTED", "$BYTEORD " + raw.trim() + " is a legacy byte permutation");
        ByteOrder fallback = sig[0] < sig[n - 1] ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        return new ByteOrderSpec(fallback, sig);
    }
}
