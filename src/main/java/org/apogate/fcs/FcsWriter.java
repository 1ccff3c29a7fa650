package org.apogate.fcs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes an FCS 3.1 list-mode file, streaming: {@link #create} writes HEADER and TEXT with fixed-width
 * placeholders for $TOT, $BEGINDATA and $ENDDATA, {@link #append} writes events as they come, and
 * {@link #close} patches the placeholders and the HEADER. When DATA ends past 99,999,999 bytes the
 * HEADER data offsets are 0 and the truth is in $BEGINDATA/$ENDDATA, as FCS 3.1 prescribes.
 */
public final class FcsWriter implements AutoCloseable {
    static final long HEADER_OFFSET_LIMIT = 99_999_999L;
    private static final int SLOT_WIDTH = 20;
    private static final byte DELIM = '|';
    private static final int CHUNK_EVENTS = 8192;
    /** Keywords the writer owns; extra keywords may not set them. */
    private static final Set<String> STRUCTURAL = Set.of("$BEGINDATA", "$ENDDATA", "$TOT", "$PAR", "$DATATYPE",
            "$BYTEORD", "$MODE", "$NEXTDATA", "$BEGINANALYSIS", "$ENDANALYSIS", "$BEGINSTEXT", "$ENDSTEXT");

    private final Path out;
    private final FileChannel ch;
    private final WriterOptions options;
    private final int channels;
    private final long[] intMax;          // per channel largest integer value (range-1)
    private final long headerLimit;
    private final long dataStart;
    private final long totSlot;
    private final long beginSlot;
    private final long endSlot;
    private final ByteBuffer chunk;
    private long events;
    private boolean closed;

    private FcsWriter(Path out, List<WriterChannel> chans, Map<String, String> extra, WriterOptions options,
                      long headerLimit) throws IOException {
        this.out = out;
        this.options = options;
        this.channels = chans.size();
        this.headerLimit = headerLimit;
        this.intMax = new long[channels];
        Map<String, String> kw = keywords(chans, extra, options);
        for (int c = 0; c < channels; c++) {
            intMax[c] = (long) Math.ceil(chans.get(c).range()) - 1;
        }
        // TEXT: delimiter, then key|value| pairs; placeholders are fixed width so later patches fit.
        StringBuilder sb = new StringBuilder();
        sb.append((char) DELIM);
        long[] slotChars = new long[3];
        for (Map.Entry<String, String> e : kw.entrySet()) {
            sb.append(escape(e.getKey())).append((char) DELIM);
            switch (e.getKey()) {
                case "$TOT" -> slotChars[0] = sb.length();
                case "$BEGINDATA" -> slotChars[1] = sb.length();
                case "$ENDDATA" -> slotChars[2] = sb.length();
                default -> {
                }
            }
            sb.append(escape(e.getValue())).append((char) DELIM);
        }
        byte[] text = sb.toString().getBytes(StandardCharsets.UTF_8);
        // slot positions were counted in chars; recount in bytes for non-ASCII text
        long textStart = HeaderParser.HEADER_LENGTH;
        long textEnd = textStart + text.length - 1;
        if (textEnd > HEADER_OFFSET_LIMIT) {
            throw new IllegalArgumentException("TEXT would exceed 99,999,999 bytes");
        }
        this.totSlot = textStart + byteIndex(sb, (int) slotChars[0]);
        this.beginSlot = textStart + byteIndex(sb, (int) slotChars[1]);
        this.endSlot = textStart + byteIndex(sb, (int) slotChars[2]);
        this.dataStart = textEnd + 1;
        this.ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, StandardOpenOption.READ);
        try {
            write(ByteBuffer.wrap(header(textStart, textEnd, 0, 0)), 0);
            write(ByteBuffer.wrap(text), textStart);
            ch.position(dataStart);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        this.chunk = ByteBuffer.allocate(CHUNK_EVENTS * channels * options.bytesPerValue()).order(options.order());
    }

    /** Float32 output in the given byte order. */
    public static FcsWriter create(Path out, List<WriterChannel> channels, Map<String, String> extraKeywords, ByteOrder order) {
        return create(out, channels, extraKeywords, WriterOptions.float32(order));
    }

    public static FcsWriter create(Path out, List<WriterChannel> channels, Map<String, String> extraKeywords,
                                   WriterOptions options) {
        return create(out, channels, extraKeywords, options, HEADER_OFFSET_LIMIT);
    }

    static FcsWriter create(Path out, List<WriterChannel> channels, Map<String, String> extraKeywords,
                            WriterOptions options, long headerLimit) {
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("at least one channel is required");
        }
        try {
            return new FcsWriter(out, List.copyOf(channels), extraKeywords == null ? Map.of() : extraKeywords, options, headerLimit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** Writes a whole file of float32 little-endian columns ({@code columns[c][i]}) in one call. */
    public static void write(Path out, List<WriterChannel> channels, Map<String, String> extraKeywords, double[][] columns) {
        write(out, channels, extraKeywords, columns, WriterOptions.float32(ByteOrder.LITTLE_ENDIAN));
    }

    public static void write(Path out, List<WriterChannel> channels, Map<String, String> extraKeywords, double[][] columns,
                             WriterOptions options) {
        try (FcsWriter w = create(out, channels, extraKeywords, options)) {
            w.append(EventBlock.of(columns));
        }
    }

    /** The $SPILLOVER value for a square matrix: "n,name1..namen,row-major values". */
    public static String spilloverValue(List<String> names, double[][] matrix) {
        int n = names.size();
        if (matrix.length != n) {
            throw new IllegalArgumentException("spillover matrix has " + matrix.length + " rows for " + n + " names");
        }
        StringBuilder sb = new StringBuilder().append(n);
        for (String s : names) {
            sb.append(',').append(s);
        }
        for (double[] row : matrix) {
            if (row.length != n) {
                throw new IllegalArgumentException("spillover matrix row has " + row.length + " values, expected " + n);
            }
            for (double v : row) {
                sb.append(',').append(number(v));
            }
        }
        return sb.toString();
    }

    /** Appends the block's {@code size()} events. */
    public void append(EventBlock block) {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
        if (block.channels() != channels) {
            throw new IllegalArgumentException("block has " + block.channels() + " channels, writer has " + channels);
        }
        int n = block.size();
        boolean isFloat = options.dataType() == 'F';
        boolean is16 = options.bits() == 16;
        for (int from = 0; from < n; from += CHUNK_EVENTS) {
            int m = Math.min(CHUNK_EVENTS, n - from);
            chunk.clear();
            for (int i = from; i < from + m; i++) {
                for (int c = 0; c < channels; c++) {
                    double v = block.column(c)[i];
                    if (isFloat) {
                        chunk.putFloat((float) v);
                    } else {
                        long r = Double.isNaN(v) ? 0 : Math.max(0, Math.min(intMax[c], Math.round(v)));
                        if (is16) {
                            chunk.putShort((short) r);
                        } else {
                            chunk.putInt((int) r);
                        }
                    }
                }
            }
            chunk.flip();
            try {
                while (chunk.hasRemaining()) {
                    ch.write(chunk);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + out, e);
            }
            events += m;
        }
    }

    public long eventsWritten() {
        return events;
    }

    /** Patches $TOT, $BEGINDATA, $ENDDATA and the HEADER offsets, then closes the file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel c = ch) {
            long bytes = events * channels * options.bytesPerValue();
            long begin = bytes == 0 ? 0 : dataStart;
            long end = bytes == 0 ? 0 : dataStart + bytes - 1;
            write(ByteBuffer.wrap(slot(events)), totSlot);
            write(ByteBuffer.wrap(slot(begin)), beginSlot);
            write(ByteBuffer.wrap(slot(end)), endSlot);
            boolean fits = end <= headerLimit;
            write(ByteBuffer.wrap(header(HeaderParser.HEADER_LENGTH, dataStart - 1, fits ? begin : 0, fits ? end : 0)), 0);
            c.truncate(dataStart + bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("finishing " + out, e);
        }
    }

    private void write(ByteBuffer b, long pos) throws IOException {
        long p = pos;
        while (b.hasRemaining()) {
            p += ch.write(b, p);
        }
    }

    private static Map<String, String> keywords(List<WriterChannel> chans, Map<String, String> extra, WriterOptions o) {
        Map<String, String> kw = new LinkedHashMap<>();
        String zero = "0".repeat(SLOT_WIDTH);
        kw.put("$BEGINANALYSIS", "0");
        kw.put("$ENDANALYSIS", "0");
        kw.put("$BEGINSTEXT", "0");
        kw.put("$ENDSTEXT", "0");
        kw.put("$BEGINDATA", zero);
        kw.put("$ENDDATA", zero);
        kw.put("$BYTEORD", o.order() == ByteOrder.LITTLE_ENDIAN ? "1,2,3,4" : "4,3,2,1");
        kw.put("$DATATYPE", String.valueOf(o.dataType()));
        kw.put("$MODE", "L");
        kw.put("$NEXTDATA", "0");
        kw.put("$PAR", String.valueOf(chans.size()));
        kw.put("$TOT", zero);
        for (int i = 0; i < chans.size(); i++) {
            WriterChannel ch = chans.get(i);
            String p = "$P" + (i + 1);
            kw.put(p + "N", ch.name());
            kw.put(p + "B", String.valueOf(o.bits()));
            kw.put(p + "E", "0,0");
            if (o.dataType() == 'I') {
                double max = o.bits() == 16 ? 65536 : 4294967296.0;
                if (ch.range() > max) {
                    throw new IllegalArgumentException("channel " + ch.name() + ": range " + ch.range()
                            + " does not fit " + o.bits() + "-bit integers");
                }
                kw.put(p + "R", String.valueOf((long) Math.ceil(ch.range())));
            } else {
                kw.put(p + "R", number(ch.range()));
            }
            if (ch.stain() != null && !ch.stain().isBlank()) {
                kw.put(p + "S", ch.stain());
            }
        }
        Map<String, String> upper = new LinkedHashMap<>();
        for (String k : kw.keySet()) {
            upper.put(k.toUpperCase(Locale.ROOT), k);
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            String key = e.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("extra keyword with a blank name");
            }
            String norm = key.trim().toUpperCase(Locale.ROOT);
            if (STRUCTURAL.contains(norm) || norm.matches("\\$P\\d+[NB]")) {
                throw new IllegalArgumentException("keyword " + key + " is written by FcsWriter and cannot be overridden");
            }
            String value = e.getValue() == null || e.getValue().isEmpty() ? " " : e.getValue();
            String existing = upper.get(norm);
            if (existing != null) {
                kw.put(existing, value);
            } else {
                kw.put(key, value);
                upper.put(norm, key);
            }
        }
        return kw;
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(v);
    }

    private static String escape(String s) {
        String d = String.valueOf((char) DELIM);
        return s.replace(d, d + d);
    }

    private static int byteIndex(StringBuilder sb, int charIndex) {
        return sb.substring(0, charIndex).getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] slot(long v) {
        String s = String.valueOf(v);
        return ("0".repeat(SLOT_WIDTH - s.length()) + s).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] header(long textStart, long textEnd, long dataStart, long dataEnd) {
        String h = "FCS3.1    " + field(textStart) + field(textEnd) + field(dataStart) + field(dataEnd) + field(0) + field(0);
        return h.getBytes(StandardCharsets.US_ASCII);
    }

    private static String field(long v) {
        String s = String.valueOf(v);
        return " ".repeat(8 - s.length()) + s;
    }
}
