package org.apogate.fcs;

/**
 * Streams the events of one data set as {@link EventBlock}s. Memory use is bounded by the block
 * size, never by the file size. Closing releases the file. A fresh source over the same data can be
 * opened again (e.g. a sampling pass, then a counting pass).
 */
public interface EventSource extends AutoCloseable {

    /** Number of channels in every block. */
    int channels();

    /**
     * The next block, or {@code null} at the end. The returned block may be the same object as the
     * previous one, refilled: it is valid until the next call.
     */
    EventBlock next();

    /**
     * Passes over up to {@code events} events without decoding them (sampling reads a few blocks
     * spread over a large file); returns how many were skipped (fewer at the end of the data). File
     * sources support it; an in-memory or derived source may not.
     */
    default long skip(long events) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " cannot skip events");
    }

    @Override
    void close();
}
