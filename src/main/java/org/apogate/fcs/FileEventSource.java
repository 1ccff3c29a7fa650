package org.apogate.fcs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the binary and delimited-ASCII sources share: the open file, the event cursor, skipping and
 * closing. Subclasses decode blocks and say how to pass over events without keeping them.
 */
abstract class FileEventSource implements EventSource {
    protected final Path file;
    protected final FileChannel ch;
    protected final int channels;
    protected final long totalEvents;
    /** Index of the next event {@link #next()} returns. */
    protected long nextEvent;
    private boolean closed;

    FileEventSource(Path file, int channels, long totalEvents) {
        this.file = file;
        this.channels = channels;
        this.totalEvents = totalEvents;
        try {
            this.ch = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw new FcsFormatException(file, -1, null, "a readable file (" + e + ")", e);
        }
    }

    @Override
    public final int channels() {
        return channels;
    }

    @Override
    public final long skip(long events) {
        ensureOpen();
        long n = Math.max(0, Math.min(events, totalEvents - nextEvent));
        passOver(n);
        nextEvent += n;
        return n;
    }

    /** Moves the read position past {@code n} events (before {@link #nextEvent} advances). */
    abstract void passOver(long n);

    /** Events left to read; throws once closed. */
    final long remaining() {
        ensureOpen();
        return totalEvents - nextEvent;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("event source is closed");
        }
    }

    /** Frees what the subclass holds besides the file; called once, by {@link #close()}. */
    void release() {
    }

    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            release();
            try {
                ch.close();
            } catch (IOException e) {
                throw new UncheckedIOException("closing " + file, e);
            }
        }
    }
}
