package org.apogate.report;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/**
 * The embedded DejaVu Sans bitmaps, written by the test tree's GlyphAtlasGenerator: regular and
 * bold, hinted (plain text) and outlined (haloed gate labels), at several pixel sizes. Shipping
 * bitmaps means plots need no font files, no fontconfig and no Java2D start-up. Each font is a
 * separately deflated block, inflated on first use.
 *
 * <p>Layout: int magic, short count, then per font {byte bold, byte outlined, byte size, int length},
 * then the blocks in that order.
 */
final class GlyphAtlas {
    /** "APGF": ApoGate glyph font. */
    static final int MAGIC = 0x41504746;
    private static final String RESOURCE = "dejavu-sans.glyphs";

    private record Entry(boolean bold, boolean outlined, int size, int offset, int length) {
    }

    private static final class Directory { // lazy holder: nothing is read before the first plot
        static final byte[] BYTES = read();
        static final List<Entry> ENTRIES = entries(BYTES);
        /** Inflated fonts by entry index (not a map keyed by the record: its hashCode bootstraps slowly). */
        static final BitmapFont[] FONTS = new BitmapFont[ENTRIES.size()];
    }

    private GlyphAtlas() {
    }

    /** Hinted glyphs, as Java2D's drawString drew them, nearest to {@code size} pixels. */
    static BitmapFont text(boolean bold, int size) {
        return font(bold, false, size);
    }

    /** Glyphs filled from their outlines, as the haloed gate labels were drawn, nearest to {@code size}. */
    static BitmapFont outlined(boolean bold, int size) {
        return font(bold, true, size);
    }

    private static BitmapFont font(boolean bold, boolean outlined, int size) {
        List<Entry> entries = Directory.ENTRIES;
        int best = -1;
        for (int i = 0; i < entries.size(); i++) { // the nearest size; the smaller on a tie
            Entry e = entries.get(i);
            if (e.bold() == bold && e.outlined() == outlined
                    && (best < 0 || Math.abs(e.size() - size) < Math.abs(entries.get(best).size() - size))) {
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException(RESOURCE + " has no " + (bold ? "bold" : "regular") + " font");
        }
        synchronized (Directory.FONTS) {
            if (Directory.FONTS[best] == null) {
                Directory.FONTS[best] = inflate(entries.get(best));
            }
            return Directory.FONTS[best];
        }
    }

    private static byte[] read() {
        try (InputStream in = GlyphAtlas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE + " beside " + GlyphAtlas.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static List<Entry> entries(byte[] bytes) {
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != MAGIC) {
                throw new IllegalStateException(RESOURCE + " is not a glyph atlas");
            }
            int count = in.readUnsignedShort();
            int offset = 6 + count * 7;
            List<Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean bold = in.readByte() != 0;
                boolean outlined = in.readByte() != 0;
                int size = in.readUnsignedByte();
                int length = in.readInt();
                entries.add(new Entry(bold, outlined, size, offset, length));
                offset += length;
            }
            if (offset != bytes.length) {
                throw new IllegalStateException(RESOURCE + " is truncated or padded");
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " is truncated", e);
        }
    }

    private static BitmapFont inflate(Entry entry) {
        try (DataInputStream in = new DataInputStream(new InflaterInputStream(
                new ByteArrayInputStream(Directory.BYTES, entry.offset(), entry.length())))) {
            int ascent = in.readUnsignedByte();
            int descent = in.readUnsignedByte();
            int leading = in.readUnsignedByte();
            int count = in.readUnsignedShort();
            Map<Integer, BitmapFont.Glyph> glyphs = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                int code = in.readChar();
                int advance = in.readUnsignedByte();
                int left = in.readByte();
                int top = in.readByte();
                int width = in.readUnsignedByte();
                int height = in.readUnsignedByte();
                byte[] alpha = new byte[width * height];
                in.readFully(alpha);
                glyphs.put(code, new BitmapFont.Glyph(advance, left, top, width, height, alpha));
            }
            return new BitmapFont(entry.bold(), entry.size(), ascent, descent, leading, glyphs);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": font block " + entry + " is damaged", e);
        }
    }
}
