package org.apogate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The baseline every ApoGate number is compared with: a plain memory-mapped scan that sums every
 * float32 (or masked int32) value of a byte range through a FloatBuffer/IntBuffer view in the file's
 * byte order. The range is mapped in windows of at most {@value #WINDOW_BYTES} bytes so files over
 * 2 GB work; values are copied in chunks into a small array and summed with {@link Sums}.
 */
final class MappedScan {
    static final int WINDOW_BYTES = 1 << 30;
    private static final int CHUNK_VALUES = 1 << 16;

    /** Value type of the scanned range. */
    enum ValueKind { FLOAT32, INT32 }

    /** What a scan found: the checksum and how many values it summed. */
    record Result(double sum, long values) {
    }

    private MappedScan() {
    }

    /**
     * Sums {@code length} bytes from {@code start} as 4-byte values.
     *
     * @param mask for INT32, the bits kept of each value (e.g. 0x3FFFF for $PnR 262144); ignored for floats
     */
    static Result scan(Path file, long start, long length, ByteOrder order, ValueKind kind, long mask) {
        return scan(file, start, length, order, kind, mask, WINDOW_BYTES);
    }

    /** As above with a given window size (a multiple of 4; small windows let tests cross window edges). */
    static Result scan(Path file, long start, long length, ByteOrder order, ValueKind kind, long mask, int windowSize) {
        if (windowSize <= 0 || windowSize % 4 != 0) {
            throw new IllegalArgumentException("window size must be a positive multiple of 4, got " + windowSize);
        }
        if (length % 4 != 0) {
            throw new IllegalArgumentException(file + ": DATA length " + length + " is not a multiple of 4 bytes");
        }
        double sum = 0;
        float[] floats = kind == ValueKind.FLOAT32 ? new float[CHUNK_VALUES] : null;
        int[] ints = kind == ValueKind.INT32 ? new int[CHUNK_VALUES] : null;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long done = 0;
            while (done < length) {
                long windowBytes = Math.min(windowSize, length - done);
                MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, start + done, windowBytes);
                map.order(order);
                if (floats != null) {
                    sum += sumFloats(map.asFloatBuffer(), floats);
                } else {
                    sum += sumInts(map.asIntBuffer(), ints, mask);
                }
                done += windowBytes;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("scanning " + file, e);
        }
        return new Result(sum, length / 4);
    }

    private static double sumFloats(FloatBuffer view, float[] chunk) {
        double sum = 0;
        while (view.hasRemaining()) {
            int n = Math.min(chunk.length, view.remaining());
            view.get(chunk, 0, n);
            sum += Sums.sum(chunk, n);
        }
        return sum;
    }

    private static double sumInts(IntBuffer view, int[] chunk, long mask) {
        double sum = 0;
        while (view.hasRemaining()) {
            int n = Math.min(chunk.length, view.remaining());
            view.get(chunk, 0, n);
            sum += Sums.sumMasked(chunk, n, mask);
        }
        return sum;
    }
}
