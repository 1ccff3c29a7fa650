package org.apogate.fcs;

import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each parameter sits in one event record and how it is decoded: kind ('I','F','D','A'), byte
 * width, byte offset, integer mask, byte order. Immutable; shared by every event source of a data set.
 */
final class RecordLayout {
    final String rule;
    final int eventBytes;          // 0 for delimited ASCII
    final boolean delimitedAscii;
    final char[] kinds;
    final int[] widths;
    final int[] offsets;
    final long[] masks;            // integer columns only
    final int[][] significance;    // per column byte significance for permuted $BYTEORD, else null entries
    final ByteOrder order;

    private RecordLayout(String rule, char[] kinds, int[] widths, long[] masks, ByteOrderSpec bo) {
        this.rule = rule;
        this.kinds = kinds;
        this.widths = widths;
        this.masks = masks;
        this.order = bo.order();
        int p = kinds.length;
        this.offsets = new int[p];
        this.significance = new int[p][];
        boolean delimited = false;
        long total = 0;
        for (int c = 0; c < p; c++) {
            offsets[c] = (int) Math.min(total, Integer.MAX_VALUE);
            total += widths[c];
            if (kinds[c] == 'A' && widths[c] == 0) {
                delimited = true;
            }
            if (kinds[c] != 'A' && widths[c] > 1) {
                significance[c] = bo.significance(widths[c]);
            }
        }
        this.delimitedAscii = delimited;
        this.eventBytes = delimited ? 0 : (int) Math.min(total, Integer.MAX_VALUE);
    }

    int channels() {
        return kinds.length;
    }

    /** True when every column is a plain float32 (or int of {@code width} bytes) in simple byte order. */
    boolean uniform(char kind, int width) {
        for (int c = 0; c < kinds.length; c++) {
            if (kinds[c] != kind || widths[c] != width || significance[c] != null) {
                return false;
            }
        }
        return kinds.length > 0;
    }

    /**
     * The plausible layouts, in order of preference: whole bytes per $PnB (the standard), then
     * power-of-two words (a $PnB of 10 or 12 stored in 16-bit words, as Beckman writes it), then every
     * integer as wide as the $BYTEORD word. The data length decides between them.
     */
    static List<RecordLayout> candidates(List<Parameter> params, ByteOrderSpec bo, int byteordWidth) {
        int p = params.size();
        char[] kinds = new char[p];
        int[] bytes = new int[p];
        int[] words = new int[p];
        int[] byteord = new int[p];
        long[] masks = new long[p];
        boolean allInt = true;
        boolean oddBits = false;
        for (int c = 0; c < p; c++) {
            Parameter prm = params.get(c);
            char k = prm.dataType();
            kinds[c] = k;
            switch (k) {
                case 'F' -> bytes[c] = 4;
                case 'D' -> bytes[c] = 8;
                case 'A' -> bytes[c] = prm.bits();
                default -> bytes[c] = (prm.bits() + 7) / 8;
            }
            words[c] = bytes[c];
            byteord[c] = bytes[c];
            if (k == 'I') {
                if (prm.bits() % 8 != 0) {
                    oddBits = true;
                }
                int w = 1;
                while (w < bytes[c]) {
                    w <<= 1;
                }
                words[c] = w;
                byteord[c] = Math.max(bytes[c], byteordWidth);
            } else {
                allInt = false;
            }
        }
        List<RecordLayout> out = new ArrayList<>();
        out.add(new RecordLayout("whole bytes per $PnB", kinds, bytes, masksFor(params, bytes), bo));
        if (!java.util.Arrays.equals(words, bytes)) {
            out.add(new RecordLayout("power-of-two words", kinds, words, masksFor(params, words), bo));
        }
        if (allInt && (oddBits || byteordWidth > 0) && !java.util.Arrays.equals(byteord, bytes)
                && !java.util.Arrays.equals(byteord, words)) {
            out.add(new RecordLayout("$BYTEORD-wide words", kinds, byteord, masksFor(params, byteord), bo));
        }
        return out;
    }

    private static long[] masksFor(List<Parameter> params, int[] widths) {
        long[] m = new long[params.size()];
        for (int c = 0; c < m.length; c++) {
            m[c] = mask(params.get(c), widths[c]);
        }
        return m;
    }

    /** next_pow2($PnR)-1 limited to the field width; the $PnB width when $PnR is absent. */
    static long mask(Parameter p, int widthBytes) {
        long widthMask = widthBytes >= 8 ? -1L : (1L << (8 * widthBytes)) - 1;
        double r = p.range();
        if (!(r > 0) || Double.isInfinite(r)) {
            if (p.bits() > 0 && p.bits() < 64) {
                return widthMask & ((1L << p.bits()) - 1);
            }
            return widthMask;
        }
        if (r > 0x1p62) {
            return widthMask;
        }
        long pow = 1;
        while (pow < r) {
            pow <<= 1;
        }
        return widthMask & (pow - 1);
    }
}
