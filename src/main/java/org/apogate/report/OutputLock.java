package org.apogate.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exclusive use of an output folder by one apogate run: holds an OS lock on {@code DIR/.apogate.lock},
 * which records the holder's pid and start time. A second acquire, from another process or another
 * thread, fails with a {@link ReportException} naming the holder. The OS drops the lock when the
 * holder dies, so the lock file of a killed run is simply taken over. The file is left in place (empty)
 * on close: deleting it would let two later runs lock two different files. Use with try-with-resources.
 */
public final class OutputLock implements AutoCloseable {
    /** Name of the lock file inside the output folder. */
    public static final String FILE_NAME = ".apogate.lock";

    /**
     * Folders locked by this JVM. POSIX record locks belong to the process, and closing any descriptor
     * of the file silently drops them, so a second acquire in this process must never even open the
     * file. This mirrors process-wide OS state, hence the one static map.
     */
    private static final Map<Path, Instant> HELD_BY_THIS_PROCESS = new ConcurrentHashMap<>();

    private final Path dir;
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final long pid;
    private final Instant since;
    private boolean released;

    private OutputLock(Path dir, FileChannel channel, FileLock lock, long pid, Instant since) {
        this.dir = dir;
        this.file = dir.resolve(FILE_NAME);
        this.channel = channel;
        this.lock = lock;
        this.pid = pid;
        this.since = since;
    }

    /**
     * Creates {@code outDir} if needed and locks it for this run.
     *
     * @throws ReportException if another run holds it, or the folder cannot be created or written
     */
    public static OutputLock acquire(Path outDir) {
        Path dir = outDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            dir = dir.toRealPath();
        } catch (IOException e) {
            throw new ReportException("cannot lock output folder " + dir + ": " + ReportException.describe(e), e);
        }
        long pid = ProcessHandle.current().pid();
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant heldSince = HELD_BY_THIS_PROCESS.putIfAbsent(dir, since);
        if (heldSince != null) {
            throw inUse(dir, String.valueOf(pid), heldSince.toString());
        }
        boolean locked = false;
        try {
            OutputLock acquired = lockFile(dir, pid, since);
            locked = true;
            return acquired;
        } finally {
            if (!locked) {
                HELD_BY_THIS_PROCESS.remove(dir);
            }
        }
    }

    private static OutputLock lockFile(Path dir, long pid, Instant since) {
        Path file = dir.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = read(channel);
                throw inUse(dir, field(holder, "pid"), field(holder, "since"));
            }
            byte[] content = ("pid=" + pid + "\nsince=" + since + "\n").getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content), 0);
            channel.force(true);
            OutputLock acquired = new OutputLock(dir, channel, lock, pid, since);
            channel = null;
            return acquired;
        } catch (IOException e) {
            throw new ReportException("cannot lock output folder " + dir + ": " + ReportException.describe(e), e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static ReportException inUse(Path dir, String pid, String since) {
        String who = pid == null ? "pid unknown" : "pid " + pid + (since == null ? "" : " since " + since);
        return new ReportException("output folder " + dir + " is in use by another apogate run (" + who
                + "); wait for it or choose another --out");
    }

    private static String field(String content, String key) {
        for (String line : content.split("\n")) {
            if (line.startsWith(key + "=")) {
                String value = line.substring(key.length() + 1).trim();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** The holder's note, read through our own descriptor (a lock file is a few dozen bytes). */
    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(512);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
            // keep reading
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing was locked through it
            }
        }
    }

    /** The output folder (real path). */
    public Path dir() {
        return dir;
    }

    /** The lock file. */
    public Path file() {
        return file;
    }

    /** Process id recorded in the lock file. */
    public long pid() {
        return pid;
    }

    /** When this run took the lock (whole seconds, UTC). */
    public Instant since() {
        return since;
    }

    /** Empties the lock file and releases the lock; idempotent. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new ReportException("cannot release lock " + file + ": " + ReportException.describe(e), e);
        } finally {
            closeQuietly(channel);
            HELD_BY_THIS_PROCESS.remove(dir);
        }
    }
}
