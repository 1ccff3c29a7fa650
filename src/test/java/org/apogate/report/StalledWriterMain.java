package org.apogate.report;

import java.nio.file.Path;

/**
 * Child process for {@link AtomicFilesTest}: starts an atomic write of TARGET, pushes 1 MiB into it,
 * prints "WRITING" and stalls until killed, like a run killed mid-write.
 */
public final class StalledWriterMain {
    private StalledWriterMain() {
    }

    public static void main(String[] args) {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[1 << 20]);
            out.flush();
            System.out.println("WRITING");
            System.out.flush();
            while (System.in.read() >= 0) {
                // stall
            }
        });
    }
}
