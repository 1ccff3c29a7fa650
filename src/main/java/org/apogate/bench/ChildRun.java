package org.apogate.bench;

import java.util.List;

/**
 * One finished child process.
 *
 * @param exitCode   the process exit status
 * @param wallNanos  from start to exit, JVM start-up included
 * @param peakRssKb  VmHWM from /proc/&lt;pid&gt;/status (last value seen by the poll loop), or -1 when unknown;
 *                   includes pages of memory-mapped input files
 * @param peakAnonKb largest RssAnon seen (heap and other private memory, no file pages), or -1
 * @param outputTail last lines of its combined stdout/stderr, for failures
 */
record ChildRun(List<String> command, int exitCode, long wallNanos, long peakRssKb, long peakAnonKb,
                String outputTail) {
    boolean ok() {
        return exitCode == 0;
    }

    /** The same run counted as failed (exit -1) for {@code why}, e.g. an exit 0 that wrote nothing. */
    ChildRun failedWith(String why) {
        return new ChildRun(command, -1, wallNanos, peakRssKb, peakAnonKb, outputTail + "\n" + why);
    }

    double peakRssMb() {
        return peakRssKb < 0 ? -1 : peakRssKb / 1024.0;
    }

    double peakAnonMb() {
        return peakAnonKb < 0 ? -1 : peakAnonKb / 1024.0;
    }
}
