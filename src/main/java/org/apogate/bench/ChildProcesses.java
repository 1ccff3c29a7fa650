package org.apogate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs child processes (JVMs) and measures wall time and peak resident memory. Peak RSS is the
 * kernel's own high-water mark VmHWM, polled from /proc/&lt;pid&gt;/status every few milliseconds; since
 * it only grows, the last value read before exit is the peak up to a few ms before the end. The
 * largest RssAnon seen (anonymous memory: heap, JIT, stacks; not mapped file pages) is kept too. Works
 * without /usr/bin/time; on systems without /proc the RSS is reported as unknown (-1).
 */
final class ChildProcesses {
    private static final long POLL_MILLIS = 5;
    private static final int TAIL_CHARS = 2000;

    private ChildProcesses() {
    }

    /** The java launcher of the running JVM, so children use the same JDK. */
    static String javaExecutable() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return Files.isExecutable(java) ? java.toString() : "java";
    }

    /** A java command line: {@code java <jvmArgs> -cp <classpath> <mainClass> <args>}. */
    static List<String> java(List<String> jvmArgs, String classpath, String mainClass, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaExecutable());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classpath);
        cmd.add(mainClass);
        cmd.addAll(args);
        return cmd;
    }

    static ChildRun run(List<String> command, Path logFile) {
        return run(command, java.util.Map.of(), logFile);
    }

    /** Runs {@code command} with {@code env} added to this process's environment. */
    static ChildRun run(List<String> command, java.util.Map<String, String> env, Path logFile) {
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile());
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long hwm = -1;
            long anon = -1;
            while (p.isAlive()) {
                long[] now = readMemoryKb(status);
                hwm = Math.max(hwm, now[0]);
                anon = Math.max(anon, now[1]);
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    p.destroy();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
                }
            }
            int exit = p.exitValue();
            long wall = System.nanoTime() - start;
            return new ChildRun(List.copyOf(command), exit, wall, hwm, anon, tail(logFile));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + String.join(" ", command), e);
        }
    }

    /** VmHWM in kB, or -1 when the process is gone or /proc is absent. */
    static long readHwmKb(Path status) {
        return readMemoryKb(status)[0];
    }

    /**
     * {VmHWM, RssAnon} in kB (-1 each when unknown). RssAnon excludes file-backed pages, so a process
     * that maps its input shows its own memory there while VmHWM also counts the mapped file pages.
     */
    static long[] readMemoryKb(Path status) {
        long[] kb = {-1, -1};
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    kb[0] = kiloBytes(line);
                } else if (line.startsWith("RssAnon:")) {
                    kb[1] = kiloBytes(line);
                }
            }
        } catch (IOException | NumberFormatException | UncheckedIOException e) {
            return new long[] {-1, -1};   // exited between isAlive and the read, or no /proc: keep the last values
        }
        return kb;
    }

    private static long kiloBytes(String line) {
        return Long.parseLong(line.substring(line.indexOf(':') + 1).replace("kB", "").trim());
    }

    private static String tail(Path log) throws IOException {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        String all = Files.readString(log, StandardCharsets.UTF_8);
        return all.length() <= TAIL_CHARS ? all.strip() : all.substring(all.length() - TAIL_CHARS).strip();
    }
}
