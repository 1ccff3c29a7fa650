package org.apogate.bench;

import java.nio.file.Path;

/**
 * What every suite needs to know.
 *
 * @param dir        folder for generated files and child-process output
 * @param events     events per file/case when set by --events (0 = each suite's defaults)
 * @param quick      smoke run: small files, one warm-up, two measured rounds
 * @param warmups    warm-up rounds per case
 * @param iterations measured rounds per case
 * @param jar        the shaded apogate.jar used for child processes
 * @param launcher   the ./apogate launcher script, or null to time {@code java -jar} only
 * @param maxEvents  largest size of the scale suite (50M needs ~2.8 GB of disk per file)
 * @param seed       random seed of the generated data
 */
record BenchSettings(Path dir, long events, boolean quick, int warmups, int iterations, Path jar, Path launcher,
                     long maxEvents, long seed) {

    /** {@code full} normally; {@code quickSize} in quick mode; --events overrides both. */
    long eventsOr(long full, long quickSize) {
        if (events > 0) {
            return events;
        }
        return quick ? quickSize : full;
    }

    /** Classpath for child JVMs: the jar when built, else this JVM's own classpath (IDE, tests). */
    String childClasspath() {
        return jar != null && jar.toFile().isFile() ? jar.toString() : System.getProperty("java.class.path");
    }

    /** Whether whole runs go through the launcher (it exists and the jar it starts is built). */
    boolean useLauncher() {
        return launcher != null && java.nio.file.Files.isRegularFile(launcher) && jar != null && jar.toFile().isFile();
    }

    double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
