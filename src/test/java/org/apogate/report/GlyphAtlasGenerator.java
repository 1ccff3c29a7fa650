package org.apogate.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes the embedded glyph atlas ({@code dejavu-sans.glyphs}) that {@link GlyphAtlas} reads: DejaVu
 * Sans regular and bold pre-rendered with Java2D's antialiasing as 8-bit alpha maps, at the pixel
 * sizes {@link PlotPainter} asks for at the {@link #SCALES}. Only this generator uses AWT; the plots
 * themselves never load a font or start Java2D.
 *
 * <p>Re-run after changing {@link #CHARACTERS} or the sizes, on a machine with fonts-dejavu-core:
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes \
 *     org.apogate.report.GlyphAtlasGenerator src/main/resources/org/apogate/report/dejavu-sans.glyphs
 * </pre>
 */
public final class GlyphAtlasGenerator {
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/dejavu");
    /** Plot scales whose font sizes are all in the atlas: 480 px plots and 240 px thumbnails. */
    static final double[] SCALES = {1, 0.5};

    /** A font in the atlas. */
    record Spec(boolean bold, boolean outlined, int size) {
    }

    /**
     * Printable ASCII and the few other characters plot text uses or channel and stain names are
     * likely to hold: units and signs (°, ±, µ, ×, −, ≤, ≥), decade-tick superscripts, dashes,
     * quotes and the ellipsis of shortened labels, and Greek letters of stains (IFN-γ, TNF-α, ΔΨm).
     * Accented letters are drawn without their accent; anything else as '?'. Each extra character
     * costs about half a kilobyte in the atlas.
     */
    static final String CHARACTERS = range(0x20, 0x7E) + "\u00A0°±²³µ·¹×⁰⁴⁵⁶⁷⁸⁹⁺⁻–—‘’“”•…−≤≥"
            + "αβγδεκλμστψωΔΨΩ";

    private GlyphAtlasGenerator() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GlyphAtlasGenerator OUTPUT.glyphs");
        }
        Font regular = Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve("DejaVuSans.ttf").toFile());
        Font bold = Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve("DejaVuSans-Bold.ttf").toFile());
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        ByteArrayOutputStream blocks = new ByteArrayOutputStream();
        DataOutputStream entries = new DataOutputStream(directory);
        Set<Spec> specs = specs();
        for (Spec spec : specs) {
            byte[] block = deflate(font((spec.bold() ? bold : regular).deriveFont((float) spec.size()), spec.outlined()));
            entries.writeByte(spec.bold() ? 1 : 0);
            entries.writeByte(spec.outlined() ? 1 : 0);
            entries.writeByte(spec.size());
            entries.writeInt(block.length);
            blocks.write(block);
        }
        entries.flush();
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(Path.of(args[0])))) {
            out.writeInt(GlyphAtlas.MAGIC);
            out.writeShort(specs.size());
            out.write(directory.toByteArray());
            out.write(blocks.toByteArray());
        }
    }

    /** Every font {@link PlotPainter} asks for at the {@link #SCALES}, in a fixed order. */
    static Set<Spec> specs() {
        Set<Spec> specs = new TreeSet<>(Comparator.comparing(Spec::outlined).thenComparing(Spec::bold)
                .thenComparingInt(Spec::size));
        for (double scale : SCALES) {
            specs.add(new Spec(false, false, PlotPainter.fontSize(PlotPainter.TICK_TEXT, scale)));
            for (int size : new int[] {PlotPainter.AXIS_TEXT, PlotPainter.TITLE_TEXT, PlotPainter.EMPTY_TEXT}) {
                specs.add(new Spec(true, false, PlotPainter.fontSize(size, scale)));
            }
            specs.add(new Spec(false, true, PlotPainter.fontSize(PlotPainter.QUADRANT_NAME, scale)));
            for (int size : new int[] {PlotPainter.GATE_LABEL, PlotPainter.QUADRANT_PERCENT}) {
                specs.add(new Spec(true, true, PlotPainter.fontSize(size, scale)));
            }
        }
        return specs;
    }

    private static byte[] deflate(byte[] data) throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream z = new DeflaterOutputStream(packed, deflater)) {
            z.write(data);
        } finally {
            deflater.end();
        }
        return packed.toByteArray();
    }

    /**
     * One weight and size: metrics, then each glyph's code, advance, bitmap offset and alpha bytes.
     * Outlined glyphs are the filled, unhinted outlines the Java2D painter used for haloed gate
     * labels; the others are drawString's hinted glyphs it used for all other text.
     */
    private static byte[] font(Font font, boolean outlined) throws IOException {
        int size = font.getSize();
        int canvas = 4 * size;
        int penX = size;
        int baseline = 2 * size;
        // RGB as the plots were: white text on black leaves each pixel's coverage in its blue byte.
        BufferedImage image = new BufferedImage(canvas, canvas, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        // The hints the Java2D painter used, so the glyphs look as they did.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeByte(fm.getAscent());
        out.writeByte(fm.getDescent());
        out.writeByte(fm.getLeading());
        String present = CHARACTERS.chars().filter(font::canDisplay)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        out.writeShort(present.length());
        for (char c : present.toCharArray()) {
            g.setColor(Color.BLACK);
            g.fillRect(0, 0, canvas, canvas);
            g.setColor(Color.WHITE);
            if (outlined) {
                g.fill(font.createGlyphVector(g.getFontRenderContext(), String.valueOf(c)).getOutline(penX, baseline));
            } else {
                g.drawString(String.valueOf(c), penX, baseline);
            }
            int[] box = inkBox(image);
            out.writeChar(c);
            out.writeByte(fm.charWidth(c));
            if (box == null) { // a space
                out.writeByte(0);
                out.writeByte(0);
                out.writeByte(0);
                out.writeByte(0);
                continue;
            }
            int width = box[2] - box[0];
            int height = box[3] - box[1];
            out.writeByte(box[0] - penX);
            out.writeByte(box[1] - baseline);
            out.writeByte(width);
            out.writeByte(height);
            for (int y = box[1]; y < box[3]; y++) {
                for (int x = box[0]; x < box[2]; x++) {
                    out.writeByte(image.getRGB(x, y) & 0xFF);
                }
            }
        }
        g.dispose();
        out.flush();
        return bytes.toByteArray();
    }

    /** {x0, y0, x1, y1} (exclusive) of the non-zero pixels, or null if there are none. */
    private static int[] inkBox(BufferedImage image) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = -1;
        int y1 = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) != 0) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
    }

    private static String range(int first, int last) {
        StringBuilder text = new StringBuilder();
        for (int c = first; c <= last; c++) {
            text.append((char) c);
        }
        return text.toString();
    }
}
