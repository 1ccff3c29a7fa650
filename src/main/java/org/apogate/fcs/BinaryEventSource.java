package org.apogate.fcs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams fixed-width event records (I, F, D, fixed-width A) from memory-mapped windows of at most
 * {@value #MAP_WINDOW_BYTES} bytes at long offsets, so files over 2 GB work and heap stays bounded by
 * the block (mapped pages are not heap). A window is unmapped as soon as the stream leaves it or the
 * source closes (see {@link Unmapper}), so resident memory stays near one window whatever the file size.
 * Uniform layouts (all float32, all int16, all int32, all double) bulk-copy cache-sized chunks out of
 * the window and de-interleave from there; mixed layouts go through a per-field switch.
 */
final class BinaryEventSource extends FileEventSource {
    /** Upper bound on the bytes of one block, whatever the block size asked for. */
    private static final int MAX_BLOCK_BYTES = 16 * 1024 * 1024;
    /**
     * Size of one mapped window; remapped (and the old one unmapped) as the stream moves on. Peak RSS
     * of a whole-file decode follows it (10M events: 177 MiB at 128 MiB, 83 MiB at 32 MiB); decode speed
     * was the same from 16 to 128 MB within the bench's noise. A window never holds less than a block.
     */
    static final int MAP_WINDOW_BYTES = 32 * 1024 * 1024;
    /**
     * Bytes of one bulk-copied chunk: small enough to stay in L1/L2 while each column is picked out of
     * it (a whole-block copy of several MB made every strided column pass go to memory).
     */
    private static final int CHUNK_BYTES = 64 * 1024;

    /** Which decoding loop this layout takes. */
    private enum Decoder { FLOAT, INT16, INT32, DOUBLE, GENERIC }

    private final RecordLayout layout;
    private final ValueScaler scaler;
    private final int mapWindowBytes;
    private final int eventBytes;
    private final int blockEvents;
    private final long dataStart;
    private final Decoder decoder;
    /** The current window; null before the first block and once closed. Only this class reads it. */
    private java.nio.MappedByteBuffer mapped;
    private long mappedStart;
    private long mappedEnd;     // exclusive
    private final EventBlock block;
    private final double[][] columns;
    /** Columns this source fills, ascending. */
    private final int[] decodedColumns;
    private float[] floats;
    private final int chunkEvents;
    private short[] shorts;
    private int[] ints;
    /**
     * Whether the file's byte order differs from the machine's. Then chunks are copied as they are
     * (a plain memory copy) and each value is byte-reversed in our loop, which compiles to one
     * instruction: the buffers' own swapping bulk copy is a byte-wise loop in the JVM that cost
     * ~0.1 s per 560 MB.
     */
    private final boolean swapped;
    private double[] doubles;
    private long[] longs;

    /**
     * @param mapWindowBytes size of one mapped window (tests use tiny windows to exercise remapping)
     * @param decoded        the columns to decode (null: all); the others stay NaN
     */
    BinaryEventSource(Path file, DataLocator.Location loc, int blockSize, ValueScaler scaler, int mapWindowBytes,
                      java.util.BitSet decoded) {
        super(file, loc.layout().channels(), loc.events());
        this.mapWindowBytes = mapWindowBytes;
        this.layout = loc.layout();
        this.scaler = scaler;
        this.eventBytes = layout.eventBytes;
        this.dataStart = loc.start();
        int byWindow = Math.max(1, MAX_BLOCK_BYTES / Math.max(1, eventBytes));
        this.blockEvents = (int) Math.max(1, Math.min(Math.min(blockSize, byWindow), Math.max(1, totalEvents)));
        this.block = new EventBlock(channels, blockEvents);
        this.columns = new double[channels][];
        for (int c = 0; c < channels; c++) {
            columns[c] = block.column(c);
        }
        this.decodedColumns = decodedColumns(decoded, channels);
        for (int c = 0; c < channels; c++) {
            if (decoded != null && !decoded.get(c)) {
                java.util.Arrays.fill(columns[c], Double.NaN); // a column nobody asked for reads as NaN
            }
        }
        this.chunkEvents = Math.max(1, Math.min(blockEvents, CHUNK_BYTES / Math.max(1, eventBytes)));
        this.swapped = layout.order != java.nio.ByteOrder.nativeOrder();
        int chunkValues = chunkEvents * channels;
        if (layout.uniform('F', 4)) {
            decoder = Decoder.FLOAT;
            floats = swapped ? null : new float[chunkValues];
            ints = swapped ? new int[chunkValues] : null;
        } else if (layout.uniform('I', 2)) {
            decoder = Decoder.INT16;
            shorts = new short[chunkValues];
        } else if (layout.uniform('I', 4)) {
            decoder = Decoder.INT32;
            ints = new int[chunkValues];
        } else if (layout.uniform('D', 8)) {
            decoder = Decoder.DOUBLE;
            doubles = swapped ? null : new double[chunkValues];
            longs = swapped ? new long[chunkValues] : null;
        } else {
            decoder = Decoder.GENERIC;
        }
    }

    private static int[] decodedColumns(java.util.BitSet decoded, int channels) {
        int[] out = new int[decoded == null ? channels : decoded.cardinality()];
        int k = 0;
        for (int c = 0; c < channels; c++) {
            if (decoded == null || decoded.get(c)) {
                out[k++] = c;
            }
        }
        return out;
    }

    @Override
    void passOver(long n) {
        // positions are computed from nextEvent: nothing to move
    }

    // next() and release() are synchronized so a close() from another thread (a misuse, but possible)
    // waits for a decode in progress instead of unmapping memory under it.
    @Override
    public synchronized EventBlock next() {
        long remaining = remaining(); // throws once closed, before any window is touched
        if (remaining <= 0) {
            return null;
        }
        int n = (int) Math.min(blockEvents, remaining);
        int bytes = n * eventBytes;
        long pos = dataStart + nextEvent * eventBytes;
        ByteBuffer window = view(pos, bytes); // used only in this call: a later one may unmap it
        switch (decoder) {
            case FLOAT -> decodeFloat(window, n);
            case INT16 -> decodeInt16(window, n);
            case INT32 -> decodeInt32(window, n);
            case DOUBLE -> decodeDouble(window, n);
            default -> decodeGeneric(window, n, pos);
        }
        scaler.apply(block, n);
        block.reset(n, nextEvent);
        nextEvent += n;
        return block;
    }

    /** The block's bytes as a buffer in the file's byte order, remapping the window when needed. */
    private ByteBuffer view(long pos, int bytes) {
        if (mapped == null || pos < mappedStart || pos + bytes > mappedEnd) {
            long dataEnd = dataStart + totalEvents * eventBytes;
            long perWindow = Math.max(bytes, (mapWindowBytes / eventBytes) * (long) eventBytes);
            long size = Math.min(perWindow, dataEnd - pos);
            unmapWindow();
            try {
                if (pos + size > ch.size()) {
                    throw new FcsFormatException(file, ch.size(), null, "file ends inside the DATA segment (changed since it was opened?)");
                }
                mapped = ch.map(FileChannel.MapMode.READ_ONLY, pos, size);
            } catch (IOException e) {
                throw new FcsFormatException(file, pos, null, "readable DATA (" + e + ")", e);
            }
            mappedStart = pos;
            mappedEnd = pos + size;
        }
        return mapped.slice((int) (pos - mappedStart), bytes).order(layout.order);
    }

    @Override
    synchronized void release() {
        unmapWindow();
    }

    /** Drops the current window; the field is cleared first so no later call can reach it. */
    private void unmapWindow() {
        java.nio.MappedByteBuffer old = mapped;
        mapped = null;
        mappedStart = 0;
        mappedEnd = 0;
        if (old != null) {
            Unmapper.unmap(old);
        }
    }

    // Each uniform decoder bulk-copies a chunk (a vectorized copy, byte-swapped when the file's order
    // differs) and then fills the columns one by one from that cache-resident chunk.

    private void decodeFloat(ByteBuffer window, int n) {
        if (swapped) {
            decodeFloatSwapped(window, n);
            return;
        }
        java.nio.FloatBuffer fb = window.asFloatBuffer();
        float[] buf = floats;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            fb.get(from * channels, buf, 0, m * channels);
            for (int c : decodedColumns) {
                double[] col = cols[c];
                for (int i = 0, k = c; i < m; i++, k += channels) {
                    col[from + i] = buf[k];
                }
            }
        }
    }

    /** The same bytes read in the machine's order: bulk copies are then plain memory copies. */
    private static ByteBuffer inNativeOrder(ByteBuffer window) {
        return window.duplicate().order(java.nio.ByteOrder.nativeOrder());
    }

    private void decodeFloatSwapped(ByteBuffer window, int n) {
        java.nio.IntBuffer ib = inNativeOrder(window).asIntBuffer();
        int[] buf = ints;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            ib.get(from * channels, buf, 0, m * channels);
            for (int c : decodedColumns) {
                double[] col = cols[c];
                for (int i = 0, k = c; i < m; i++, k += channels) {
                    col[from + i] = Float.intBitsToFloat(Integer.reverseBytes(buf[k]));
                }
            }
        }
    }

    private void decodeInt16(ByteBuffer window, int n) {
        java.nio.ShortBuffer sb = (swapped ? inNativeOrder(window) : window).asShortBuffer();
        short[] buf = shorts;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            sb.get(from * channels, buf, 0, m * channels);
            if (swapped) {
                for (int j = 0; j < m * channels; j++) {
                    buf[j] = Short.reverseBytes(buf[j]);
                }
            }
            for (int c : decodedColumns) {
                double[] col = cols[c];
                int mask = (int) layout.masks[c];
                for (int i = 0, k = c; i < m; i++, k += channels) {
                    col[from + i] = buf[k] & mask;
                }
            }
        }
    }

    private void decodeInt32(ByteBuffer window, int n) {
        java.nio.IntBuffer ib = (swapped ? inNativeOrder(window) : window).asIntBuffer();
        int[] buf = ints;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            ib.get(from * channels, buf, 0, m * channels);
            if (swapped) {
                for (int j = 0; j < m * channels; j++) {
                    buf[j] = Integer.reverseBytes(buf[j]);
                }
            }
            for (int c : decodedColumns) {
                double[] col = cols[c];
                long mask = layout.masks[c];
                if (mask <= Integer.MAX_VALUE) {
                    // Values fit a non-negative int: an int mask keeps the loop in 32 bits.
                    int intMask = (int) mask;
                    for (int i = 0, k = c; i < m; i++, k += channels) {
                        col[from + i] = buf[k] & intMask;
                    }
                } else {
                    for (int i = 0, k = c; i < m; i++, k += channels) {
                        col[from + i] = buf[k] & mask;
                    }
                }
            }
        }
    }

    private void decodeDouble(ByteBuffer window, int n) {
        if (swapped) {
            decodeDoubleSwapped(window, n);
            return;
        }
        java.nio.DoubleBuffer db = window.asDoubleBuffer();
        double[] buf = doubles;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            db.get(from * channels, buf, 0, m * channels);
            for (int c : decodedColumns) {
                double[] col = cols[c];
                for (int i = 0, k = c; i < m; i++, k += channels) {
                    col[from + i] = buf[k];
                }
            }
        }
    }

    private void decodeDoubleSwapped(ByteBuffer window, int n) {
        java.nio.LongBuffer lb = inNativeOrder(window).asLongBuffer();
        long[] buf = longs;
        double[][] cols = columns;
        int per = chunkEvents;
        for (int from = 0; from < n; from += per) {
            int m = Math.min(per, n - from);
            lb.get(from * channels, buf, 0, m * channels);
            for (int c : decodedColumns) {
                double[] col = cols[c];
                for (int i = 0, k = c; i < m; i++, k += channels) {
                    col[from + i] = Double.longBitsToDouble(Long.reverseBytes(buf[k]));
                }
            }
        }
    }

    private void decodeGeneric(ByteBuffer b, int n, long pos) {
        for (int c : decodedColumns) {
            double[] col = block.column(c);
            char kind = layout.kinds[c];
            int width = layout.widths[c];
            int off = layout.offsets[c];
            long mask = layout.masks[c];
            int[] sig = layout.significance[c];
            for (int i = 0, at = off; i < n; i++, at += eventBytes) {
                double v;
                if (kind == 'A') {
                    v = parseAscii(b, at, width, pos);
                } else {
                    long bits = sig != null ? permuted(b, at, sig) : unsigned(b, at, width);
                    if (kind == 'F') {
                        v = Float.intBitsToFloat((int) bits);
                    } else if (kind == 'D') {
                        v = Double.longBitsToDouble(bits);
                    } else {
                        long m = bits & mask;
                        v = m >= 0 ? (double) m : unsignedToDouble(m);
                    }
                }
                col[i] = v;
            }
        }
    }

    private long unsigned(ByteBuffer b, int at, int width) {
        switch (width) {
            case 1:
                return b.get(at) & 0xFFL;
            case 2:
                return b.getShort(at) & 0xFFFFL;
            case 4:
                return b.getInt(at) & 0xFFFFFFFFL;
            case 8:
                return b.getLong(at);
            default:
                long v = 0;
                boolean little = layout.order == java.nio.ByteOrder.LITTLE_ENDIAN;
                for (int j = 0; j < width; j++) {
                    long by = b.get(at + j) & 0xFFL;
                    int shift = little ? 8 * j : 8 * (width - 1 - j);
                    if (shift < 64) {
                        v |= by << shift;
                    }
                }
                return v;
        }
    }

    private static long permuted(ByteBuffer b, int at, int[] sig) {
        long v = 0;
        for (int j = 0; j < sig.length; j++) {
            v |= (b.get(at + j) & 0xFFL) << (8 * sig[j]);
        }
        return v;
    }

    private static double unsignedToDouble(long v) {
        return (double) (v >>> 1) * 2.0 + (v & 1);
    }

    private double parseAscii(ByteBuffer b, int at, int width, long pos) {
        long value = 0;
        int i = 0;
        while (i < width && b.get(at + i) == ' ') {
            i++;
        }
        int digits = 0;
        StringBuilder other = null;
        for (; i < width; i++) {
            byte ch = b.get(at + i);
            if (ch >= '0' && ch <= '9' && other == null && digits < 18) {
                value = value * 10 + (ch - '0');
                digits++;
            } else if (ch == ' ' && other == null) {
                break;
            } else {
                if (other == null) {
                    other = new StringBuilder();
                }
                other.append((char) (ch & 0xFF));
            }
        }
        if (other == null) {
            if (digits == 0) {
                throw new FcsFormatException(file, pos + at, null, "expected an ASCII number, found blanks");
            }
            return value;
        }
        String s = new String(bytes(b, at, width), java.nio.charset.StandardCharsets.ISO_8859_1).trim();
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new FcsFormatException(file, pos + at, null, "expected an ASCII number, found \"" + s + "\"");
        }
    }

    private static byte[] bytes(ByteBuffer b, int at, int width) {
        byte[] out = new byte[width];
        for (int j = 0; j < width; j++) {
            out[j] = b.get(at + j);
        }
        return out;
    }
}
