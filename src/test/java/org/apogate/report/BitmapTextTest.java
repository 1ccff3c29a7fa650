package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The embedded glyph atlas and text drawn from it. */
class BitmapTextTest {
    private static final int WHITE = 0xFFFFFF;
    private static final int INK = 0x141414;

    @Test
    void atlasHoldsEveryFontThePainterUsesAtFullAndHalfSize() {
        for (GlyphAtlasGenerator.Spec spec : GlyphAtlasGenerator.specs()) {
            BitmapFont font = spec.outlined() ? GlyphAtlas.outlined(spec.bold(), spec.size())
                    : GlyphAtlas.text(spec.bold(), spec.size());
            assertEquals(spec.size(), font.size(), spec.toString());
            assertEquals(spec.bold(), font.bold(), spec.toString());
            // DejaVu Sans: ascent 0.93 em, descent 0.24 em (rounded up by Java2D).
            assertEquals(spec.size() * 0.93, font.ascent(), 1.0, spec.toString());
            assertEquals(spec.size() * 0.24, font.descent(), 1.0, spec.toString());
            for (char c : GlyphAtlasGenerator.CHARACTERS.toCharArray()) {
                assertTrue(c == '?' || font.glyph(c) != font.glyph('?'), "no glyph for '" + c + "' in " + spec);
            }
        }
        assertEquals(13, PlotPainter.fontSize(PlotPainter.TICK_TEXT, 1));
        assertEquals(8, PlotPainter.fontSize(PlotPainter.TICK_TEXT, 0.5), "never below 8 px");
    }

    @Test
    void otherSizesGetTheNearestFont() {
        assertEquals(15, GlyphAtlas.text(true, 14).size());
        assertEquals(18, GlyphAtlas.text(true, 40).size());
        assertEquals(8, GlyphAtlas.text(false, 3).size());
    }

    @Test
    void textInksItsBoxAndNothingOutside() {
        BitmapFont font = GlyphAtlas.text(true, 15);
        String text = "Ag 9%";
        int x = 10;
        int baseline = 30;
        Canvas canvas = new Canvas(new RgbImage(120, 50));
        canvas.fillRect(0, 0, 120, 50, WHITE);
        canvas.text(font, text, x, baseline, INK);
        RgbImage image = canvas.image();
        int width = font.width(text);
        int inside = 0;
        int dark = 0;
        for (int py = 0; py < image.height(); py++) {
            for (int px = 0; px < image.width(); px++) {
                boolean inBox = px >= x && px < x + width && py >= baseline - font.ascent()
                        && py < baseline + font.descent();
                int rgb = image.rgb(px, py);
                if (!inBox) {
                    assertEquals(WHITE, rgb, "ink outside the text box at (" + px + ", " + py + ")");
                } else if (rgb != WHITE) {
                    inside++;
                    if (rgb == INK) {
                        dark++;
                    }
                }
            }
        }
        assertTrue(inside > 100, "too little ink: " + inside + " pixels");
        assertTrue(dark > 30, "bold 15 px text has solid stems: " + dark + " fully inked pixels");
        assertTrue(width > 4 * 8 && width < 5 * 15, "5 glyphs of a 15 px font: " + width + " px");
    }

    @Test
    void advancesAddUpAndMissingCharactersFallBack() {
        BitmapFont font = GlyphAtlas.text(false, 13);
        assertEquals(font.width("Live") + font.width(" 70.0%"), font.width("Live 70.0%"));
        assertEquals(font.width("?"), font.width("✓"), "unknown characters are drawn as '?'");
        assertEquals(font.width("Zoe"), font.width("Zoë"), "accents are dropped rather than lost");
        assertEquals(mask(font, "Zoe"), mask(font, "Zoë"));
        assertNotEquals(mask(font, "?"), mask(font, "µ"), "µ is in the atlas");
        assertEquals(font.width("?"), font.width("\uD83D\uDE00"), "one '?' for a character outside the BMP");
    }

    @Test
    void outlinedLabelsAreFullerThanHintedText() {
        // The look the Java2D painter gave haloed gate labels: unhinted outlines, more ink per glyph.
        assertTrue(ink(GlyphAtlas.outlined(true, 15), "Cells 83.9%") > ink(GlyphAtlas.text(true, 15), "Cells 83.9%"));
    }

    private static String mask(BitmapFont font, String text) {
        AlphaMask m = font.render(text);
        StringBuilder s = new StringBuilder(m.x + "," + m.y + "," + m.width + "x" + m.height + ":");
        for (int y = m.y; y < m.y + m.height; y++) {
            for (int x = m.x; x < m.x + m.width; x++) {
                s.append(m.at(x, y)).append(' ');
            }
        }
        return s.toString();
    }

    private static long ink(BitmapFont font, String text) {
        AlphaMask m = font.render(text);
        long sum = 0;
        for (int y = m.y; y < m.y + m.height; y++) {
            for (int x = m.x; x < m.x + m.width; x++) {
                sum += m.at(x, y);
            }
        }
        return sum;
    }
}
