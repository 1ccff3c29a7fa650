package org.apogate.fcs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Test-side assembler of FCS bytes with every knob a quirk needs: delimiter, raw TEXT, padding,
 * missing closing delimiter, HEADER field style, lying offsets, supplemental TEXT, ANALYSIS. Layout:
 * HEADER (58) | TEXT | supplemental TEXT | DATA | ANALYSIS | trailer. $BEGINDATA/$ENDDATA (and STEXT,
 * ANALYSIS keywords) are filled in with the true offsets unless the test edits them afterwards.
 */
final class FcsBytes {
    String version = "3.1";
    byte delim = '/';
    final Map<String, String> kw = new LinkedHashMap<>();
    /** When set, used verbatim as the TEXT segment (delimiter included); keywords are ignored. */
    byte[] rawText;
    byte[] textPadding = new byte[0];
    boolean closeText = true;
    boolean offsetsInText = true;
    byte[] stext;
    byte[] analysis;
    byte[] data = new byte[0];
    byte[] trailer = new byte[0];
    /** "right" (standard), "left", "zero" (zero-padded) or "blank" (data offsets blank). */
    String headerStyle = "right";
    /** Edits the six HEADER numbers {textStart, textEnd, dataStart, dataEnd, anaStart, anaEnd} before writing. */
    UnaryOperator<long[]> headerEdit = UnaryOperator.identity();
    /** Edits the keywords after true offsets are filled in (to make TEXT lie). */
    UnaryOperator<Map<String, String>> textEdit = UnaryOperator.identity();

    FcsBytes put(String k, String v) {
        kw.put(k, v);
        return this;
    }

    /** $PAR, $TOT, $MODE, $DATATYPE, $BYTEORD and per-parameter $PnN/$PnB/$PnR/$PnE. */
    static FcsBytes listMode(char dataType, String byteord, long tot, int[] bits, long[] ranges) {
        FcsBytes b = new FcsBytes();
        b.put("$BYTEORD", byteord).put("$DATATYPE", String.valueOf(dataType)).put("$MODE", "L")
                .put("$NEXTDATA", "0").put("$PAR", String.valueOf(bits.length)).put("$TOT", String.valueOf(tot));
        for (int i = 0; i < bits.length; i++) {
            String p = "$P" + (i + 1);
            b.put(p + "N", "Ch" + (i + 1)).put(p + "B", bits[i] == 0 ? "*" : String.valueOf(bits[i]))
                    .put(p + "R", String.valueOf(ranges[i])).put(p + "E", "0,0");
        }
        return b;
    }

    byte[] build() {
        long[] h = new long[6];
        byte[] text = null;
        Map<String, String> k = new LinkedHashMap<>(kw);
        if (offsetsInText) {
            k.put("$BEGINDATA", "0");
            k.put("$ENDDATA", "0");
        }
        // TEXT length depends on the offsets it holds: iterate until stable.
        for (int iter = 0; iter < 6; iter++) {
            Map<String, String> edited = textEdit.apply(new LinkedHashMap<>(k));
            text = rawText != null ? rawText : text(edited);
            long textStart = 58;
            long textEnd = textStart + text.length + textPadding.length - 1;
            long pos = textEnd + 1;
            long stStart = 0;
            long stEnd = 0;
            if (stext != null) {
                stStart = pos;
                stEnd = pos + stext.length - 1;
                pos = stEnd + 1;
            }
            long dStart = data.length == 0 ? 0 : pos;
            long dEnd = data.length == 0 ? 0 : pos + data.length - 1;
            pos += data.length;
            long aStart = 0;
            long aEnd = 0;
            if (analysis != null) {
                aStart = pos;
                aEnd = pos + analysis.length - 1;
            }
            h = new long[] {textStart, textEnd, dStart, dEnd, aStart, aEnd};
            Map<String, String> next = new LinkedHashMap<>(kw);
            if (offsetsInText) {
                next.put("$BEGINDATA", String.valueOf(dStart));
                next.put("$ENDDATA", String.valueOf(dEnd));
            }
            if (stext != null) {
                next.put("$BEGINSTEXT", String.valueOf(stStart));
                next.put("$ENDSTEXT", String.valueOf(stEnd));
            }
            if (analysis != null) {
                next.put("$BEGINANALYSIS", String.valueOf(aStart));
                next.put("$ENDANALYSIS", String.valueOf(aEnd));
            }
            if (next.equals(k) && iter > 0) {
                break;
            }
            k = next;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header(headerEdit.apply(h.clone())));
        out.writeBytes(text);
        out.writeBytes(textPadding);
        if (stext != null) {
            out.writeBytes(stext);
        }
        out.writeBytes(data);
        if (analysis != null) {
            out.writeBytes(analysis);
        }
        out.writeBytes(trailer);
        return out.toByteArray();
    }

    Path write(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, build());
        return p;
    }

    private byte[] text(Map<String, String> k) {
        ByteArrayOutputStream t = new ByteArrayOutputStream();
        t.write(delim);
        boolean first = true;
        for (Map.Entry<String, String> e : k.entrySet()) {
            if (!first) {
                t.write(delim);
            }
            first = false;
            t.writeBytes(escape(e.getKey()));
            t.write(delim);
            t.writeBytes(escape(e.getValue()));
        }
        if (closeText) {
            t.write(delim);
        }
        return t.toByteArray();
    }

    private byte[] escape(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte x : b) {
            o.write(x);
            if (x == delim) {
                o.write(x);
            }
        }
        return o.toByteArray();
    }

    private byte[] header(long[] h) {
        StringBuilder sb = new StringBuilder("FCS" + version + "    ");
        for (int i = 0; i < 6; i++) {
            String v = String.valueOf(h[i]);
            String f = switch (headerStyle) {
                case "left" -> v + " ".repeat(8 - v.length());
                case "zero" -> "0".repeat(8 - v.length()) + v;
                case "blank" -> (i == 2 || i == 3) ? " ".repeat(8) : " ".repeat(8 - v.length()) + v;
                default -> " ".repeat(8 - v.length()) + v;
            };
            sb.append(f);
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Packs unsigned integers of the given byte widths per column, row by row. */
    static byte[] ints(ByteOrder order, int[] widths, long[][] rows) {
        int event = 0;
        for (int w : widths) {
            event += w;
        }
        ByteBuffer b = ByteBuffer.allocate(event * rows.length).order(order);
        for (long[] row : rows) {
            for (int c = 0; c < widths.length; c++) {
                putInt(b, widths[c], row[c], order);
            }
        }
        return b.array();
    }

    static void putInt(ByteBuffer b, int width, long v, ByteOrder order) {
        for (int j = 0; j < width; j++) {
            int shift = order == ByteOrder.LITTLE_ENDIAN ? 8 * j : 8 * (width - 1 - j);
            b.put((byte) (v >>> shift));
        }
    }

    static byte[] floats(ByteOrder order, float[][] rows) {
        ByteBuffer b = ByteBuffer.allocate(4 * rows.length * rows[0].length).order(order);
        for (float[] row : rows) {
            for (float v : row) {
                b.putFloat(v);
            }
        }
        return b.array();
    }

    static byte[] doubles(ByteOrder order, double[][] rows) {
        ByteBuffer b = ByteBuffer.allocate(8 * rows.length * rows[0].length).order(order);
        for (double[] row : rows) {
            for (double v : row) {
                b.putDouble(v);
            }
        }
        return b.array();
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
