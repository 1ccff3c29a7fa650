package org.apogate.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Exclusive use of an output folder by one apogate run: holds an OS lock on {@code DIR/.apogate.lock}
 * (which records the holder's pid and start time). A second acquire, from another process or another
 * thread, fails with a {@link ReportException} naming the holder. The OS drops the lock when the
 * holder dies, so a lock file left by a killed run is simply taken over. Use with try-with-resources.
 */
public final class OutputLock implements AutoCloseable {
    /** Name of the lock file inside the output folder. */
    public static final String FILE_NAME = ".apogate.lock";

    private static final int MAX_ATTEMPTS = 5;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final long pid;
    private final Instant since;
    private boolean released;

    private OutputLock(Path file, FileChannel channel, FileLock lock, long pid, Instant since) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.pid = pid;
        this.since = since;
    }

    /**
     * Creates {@code outDir} if needed and locks it for this run.
     *
     * @throws ReportException if another run holds it, or the folder cannot be written
     */
    public static OutputLock acquire(Path outDir) {
        Path dir = outDir.toAbsolutePath().normalize();
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            // A holder that is closing deletes the file under its lock; if we locked that old file we retry.
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                OutputLock acquired = tryAcquire(dir, file);
                if (acquired != null) {
                    return acquired;
                }
            }
            throw inUse(dir, file);
        } catch (IOException e) {
            throw new ReportException("cannot lock output folder " + dir + ": " + ReportException.describe(e), e);
        }
    }

    /** The lock, or null when the file we locked was removed meanwhile by a closing holder. */
    private static OutputLock tryAcquire(Path dir, Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean keep = false;
        try {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another thread of this JVM
            }
            if (lock == null) {
                throw inUse(dir, file);
            }
            long pid = ProcessHandle.current().pid();
            Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            String token = UUID.randomUUID().toString();
            byte[] content = ("pid=" + pid + "\nsince=" + since + "\ntoken=" + token + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(content), 0);
            channel.force(true);
            if (!readQuietly(file).contains("token=" + token)) {
                lock.release();
                return null;
            }
            keep = true;
            return new OutputLock(file, channel, lock, pid, since);
        } finally {
            if (!keep) {
                channel.close();
            }
        }
    }

    private static ReportException inUse(Path dir, Path file) {
        String holder = readQuietly(file);
        String pid = field(holder, "pid");
        String since = field(holder, "since");
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

    private static String readQuietly(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            // A lock file is a few dozen bytes; anything longer is not ours.
            return bytes.length > 4096 ? "" : new String(bytes, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        } catch (IOException e) {
            return "";
        }
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

    /** Removes the lock file and releases the lock; idempotent. */
    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            // Delete while still holding the lock: a waiter that opened the old file notices and retries.
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The lock file stays; the next run takes it over because nobody holds its lock.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new ReportException("cannot release lock " + file + ": " + ReportException.describe(e), e);
        }
    }
}
