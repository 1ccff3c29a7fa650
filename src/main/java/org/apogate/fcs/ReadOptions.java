package org.apogate.fcs;

import java.util.Objects;

/**
 * Options for {@link FcsReader}.
 *
 * @param stringency   how recoverable departures from the standard are handled
 * @param maxDataSets  upper bound on data sets followed through the $NEXTDATA chain (loop guard)
 */
public record ReadOptions(Stringency stringency, int maxDataSets) {

    public ReadOptions {
        Objects.requireNonNull(stringency, "stringency");
        if (maxDataSets < 1) {
            throw new IllegalArgumentException("maxDataSets must be >= 1");
        }
    }

    /**
     * The record's usual text, written out: it is part of run resume keys, and the generated
     * toString goes through String.format, whose first use costs ~18 ms in a fresh JVM.
     */
    @Override
    public String toString() {
        return "ReadOptions[stringency=" + stringency + ", maxDataSets=" + maxDataSets + "]";
    }

    public ReadOptions(Stringency stringency) {
        this(stringency, 1000);
    }

    /** LENIENT: real instrument files read, and every recovery is recorded as an issue. */
    public static ReadOptions defaults() {
        return new ReadOptions(Stringency.LENIENT);
    }

    public static ReadOptions strict() {
        return new ReadOptions(Stringency.STRICT);
    }

    public ReadOptions withStringency(Stringency s) {
        return new ReadOptions(s, maxDataSets);
    }
}
