package org.apogate.fcs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** Bounded positional reads from an open file channel. */
final class FileBytes {
    /** Largest metadata segment (TEXT, supplemental TEXT, ANALYSIS) we load into memory. */
    static final int MAX_SEGMENT = 512 * 1024 * 1024;

    private FileBytes() {
    }

    /** Reads exactly {@code length} bytes at {@code position}, or fails naming where the file ended. */
    static byte[] read(FileChannel ch, Path file, long position, long length, String what) {
        if (length < 0 || length > MAX_SEGMENT) {
            throw new FcsFormatException(file, position, null,
                    what + " of " + length + " bytes is outside the readable range 0.." + MAX_SEGMENT);
        }
        byte[] out = new byte[(int) length];
        ByteBuffer buf = ByteBuffer.wrap(out);
        readFully(ch, file, position, buf, what);
        return out;
    }

    static void readFully(FileChannel ch, Path file, long position, ByteBuffer buf, String what) {
        long pos = position;
        try {
            while (buf.hasRemaining()) {
                int n = ch.read(buf, pos);
                if (n < 0) {
                    throw new FcsFormatException(file, pos, null,
                            "file ends inside " + what + " (expected " + buf.remaining() + " more bytes)");
                }
                pos += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " at byte " + pos, e);
        }
    }
}
