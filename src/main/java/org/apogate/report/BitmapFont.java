package org.apogate.report;

import java.text.Normalizer;
import java.util.Map;

/**
 * DejaVu Sans at one weight and pixel size as pre-rendered 8-bit alpha glyphs (from
 * {@link GlyphAtlas}). Text is laid out with each glyph's whole-pixel advance and no kerning, as
 * Java2D did without fractional metrics. Characters the atlas lacks are drawn as '?', accented
 * letters without their accent.
 */
final class BitmapFont {
    /** One glyph: the pen moves {@code advance}; the bitmap's top-left is (left, top) from pen and baseline. */
    record Glyph(int advance, int left, int top, int width, int height, byte[] alpha) {
    }

    private final boolean bold;
    private final int size;
    private final int ascent;
    private final int descent;
    private final int leading;
    private final Map<Integer, Glyph> glyphs;
    private final Glyph fallback;

    BitmapFont(boolean bold, int size, int ascent, int descent, int leading, Map<Integer, Glyph> glyphs) {
        this.bold = bold;
        this.size = size;
        this.ascent = ascent;
        this.descent = descent;
        this.leading = leading;
        this.glyphs = Map.copyOf(glyphs);
        this.fallback = glyphs.get((int) '?');
        if (fallback == null) {
            throw new IllegalArgumentException("font atlas without '?'");
        }
    }

    boolean bold() {
        return bold;
    }

    int size() {
        return size;
    }

    int ascent() {
        return ascent;
    }

    int descent() {
        return descent;
    }

    /** Baseline to baseline. */
    int height() {
        return ascent + descent + leading;
    }

    /** The glyph, else that of the unaccented letter (é as e), else '?'. */
    Glyph glyph(int codePoint) {
        Glyph g = glyphs.get(codePoint);
        if (g != null) {
            return g;
        }
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
        g = glyphs.get(decomposed.codePointAt(0));
        return g == null || decomposed.codePointAt(0) == codePoint ? fallback : g;
    }

    /** Advance width of {@code text} in pixels. */
    int width(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            w += glyph(text.codePointAt(i)).advance();
        }
        return w;
    }

    /** The text's coverage with the pen starting at (0, 0) on the baseline. */
    AlphaMask render(String text) {
        int minX = 0;
        int maxX = 0;
        int minY = 0;
        int maxY = 0;
        int pen = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Glyph g = glyph(text.codePointAt(i));
            if (g.width() > 0) {
                minX = Math.min(minX, pen + g.left());
                maxX = Math.max(maxX, pen + g.left() + g.width());
                minY = Math.min(minY, g.top());
                maxY = Math.max(maxY, g.top() + g.height());
            }
            pen += g.advance();
        }
        int w = maxX - minX;
        int h = maxY - minY;
        byte[] alpha = new byte[w * h];
        pen = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            Glyph g = glyph(text.codePointAt(i));
            for (int row = 0; row < g.height(); row++) {
                int target = (g.top() + row - minY) * w + pen + g.left() - minX;
                for (int col = 0; col < g.width(); col++) {
                    int a = g.alpha()[row * g.width() + col] & 0xFF;
                    // Neighbouring glyphs may overlap by a pixel: keep the darker.
                    if (a > (alpha[target + col] & 0xFF)) {
                        alpha[target + col] = (byte) a;
                    }
                }
            }
            pen += g.advance();
        }
        return new AlphaMask(minX, minY, w, h, alpha);
    }
}
