package org.apogate.report;

import java.util.Arrays;

/**
 * Draws on an {@link RgbImage}: opaque rectangles, a nearest-neighbour scaled picture, antialiased
 * strokes and bitmap text, all limited to the current clip rectangle. Pure Java, so plots need no
 * Java2D, no display and no fonts installed.
 */
final class Canvas {
    static final int WHITE = 0xFFFFFF;

    private final RgbImage image;
    private final int[] pixels;
    private final int width;
    private final int height;
    private int clipX0;
    private int clipY0;
    private int clipX1;
    private int clipY1;

    Canvas(RgbImage image) {
        this.image = image;
        this.pixels = image.pixels();
        this.width = image.width();
        this.height = image.height();
        unclip();
    }

    RgbImage image() {
        return image;
    }

    /** Limits drawing to the pixels [x, x + w) x [y, y + h) (and the image). */
    void clip(int x, int y, int w, int h) {
        clipX0 = Math.max(0, x);
        clipY0 = Math.max(0, y);
        clipX1 = Math.min(width, x + w);
        clipY1 = Math.min(height, y + h);
    }

    void unclip() {
        clip(0, 0, width, height);
    }

    void fillRect(int x, int y, int w, int h, int rgb) {
        int x0 = Math.max(clipX0, x);
        int x1 = Math.min(clipX1, x + w);
        if (x1 <= x0) {
            return;
        }
        for (int row = Math.max(clipY0, y); row < Math.min(clipY1, y + h); row++) {
            Arrays.fill(pixels, row * width + x0, row * width + x1, rgb);
        }
    }

    /** Draws a picture of srcWidth x srcHeight pixels stretched over [x, x + w) x [y, y + h), without smoothing. */
    void drawScaled(int[] src, int srcWidth, int srcHeight, int x, int y, int w, int h) {
        int x0 = Math.max(clipX0, x);
        int x1 = Math.min(clipX1, x + w);
        int[] sourceColumn = new int[Math.max(0, x1 - x0)];
        for (int col = x0; col < x1; col++) { // the source pixel under each column's centre
            sourceColumn[col - x0] = (int) ((col - x + 0.5) * srcWidth / w);
        }
        for (int row = Math.max(clipY0, y); row < Math.min(clipY1, y + h); row++) {
            int sourceRow = (int) ((row - y + 0.5) * srcHeight / h) * srcWidth;
            int target = row * width + x0;
            for (int i = 0; i < sourceColumn.length; i++) {
                pixels[target + i] = src[sourceRow + sourceColumn[i]];
            }
        }
    }

    /** Blends {@code rgb} at each pixel by the mask's coverage times {@code opacity} (0..255). */
    void paint(AlphaMask mask, int rgb, int opacity) {
        int x0 = Math.max(clipX0, mask.x);
        int y0 = Math.max(clipY0, mask.y);
        int x1 = Math.min(clipX1, mask.x + mask.width);
        int y1 = Math.min(clipY1, mask.y + mask.height);
        for (int row = y0; row < y1; row++) {
            for (int col = x0; col < x1; col++) {
                int a = mask.at(col, row);
                if (a != 0) {
                    int i = row * width + col;
                    pixels[i] = blend(pixels[i], rgb, opacity == 255 ? a : (a * opacity + 127) / 255);
                }
            }
        }
    }

    /** A straight line of the given width with square ends (half the width past each end point). */
    void line(double x0, double y0, double x1, double y1, double lineWidth, int rgb) {
        paint(ShapeRasterizer.fill(clipX0, clipY0, clipX1, clipY1, Strokes.squareEnded(x0, y0, x1, y1, lineWidth)),
                rgb, 255);
    }

    /**
     * The outline of the rectangle with corners (x, y) and (x + w, y + h), square corners. Its
     * coverage is exact and cheap: the outer box's share of each pixel less the inner box's, each the
     * product of the overlaps along x and y, visited only along the four edges.
     */
    void strokeRect(double x, double y, double w, double h, double lineWidth, int rgb) {
        double half = lineWidth / 2;
        Box outer = new Box(x - half, y - half, x + w + half, y + h + half);
        Box inner = w > lineWidth && h > lineWidth ? new Box(x + half, y + half, x + w - half, y + h - half) : null;
        int x0 = Math.max(clipX0, (int) Math.floor(outer.x0));
        int x1 = Math.min(clipX1, (int) Math.ceil(outer.x1));
        int y0 = Math.max(clipY0, (int) Math.floor(outer.y0));
        int y1 = Math.min(clipY1, (int) Math.ceil(outer.y1));
        // Pixels fully inside the inner box have no coverage: skip over them on each row.
        int skipX0 = inner == null ? x1 : (int) Math.ceil(inner.x0);
        int skipX1 = inner == null ? x1 : (int) Math.floor(inner.x1);
        int skipY0 = inner == null ? y1 : (int) Math.ceil(inner.y0);
        int skipY1 = inner == null ? y1 : (int) Math.floor(inner.y1);
        for (int row = y0; row < y1; row++) {
            boolean edgeRow = row < skipY0 || row >= skipY1;
            for (int col = x0; col < x1; col++) {
                if (!edgeRow && col == skipX0 && skipX1 > skipX0) {
                    col = skipX1 - 1;
                    continue;
                }
                double cover = outer.cover(col, row) - (inner == null ? 0 : inner.cover(col, row));
                int a = (int) Math.round(cover * 255);
                if (a > 0) {
                    pixels[row * width + col] = blend(pixels[row * width + col], rgb, a);
                }
            }
        }
    }

    /** An axis-aligned box with fractional edges. */
    private record Box(double x0, double y0, double x1, double y1) {
        /** Share of pixel (i, j) inside the box. */
        double cover(int i, int j) {
            return overlap(i, x0, x1) * overlap(j, y0, y1);
        }

        private static double overlap(int pixel, double from, double to) {
            return Math.max(0, Math.min(pixel + 1, to) - Math.max(pixel, from));
        }
    }

    /** The closed outline through the points with round corners. */
    void polygon(double[] xs, double[] ys, double lineWidth, int rgb) {
        AlphaMask[] segments = new AlphaMask[xs.length];
        for (int i = 0; i < xs.length; i++) {
            int j = (i + 1) % xs.length;
            segments[i] = ShapeRasterizer.fill(clipX0, clipY0, clipX1, clipY1,
                    Strokes.roundEnded(xs[i], ys[i], xs[j], ys[j], lineWidth));
        }
        // Joined by the larger coverage, so the corners where segments overlap are not inked twice.
        paint(AlphaMask.union(segments), rgb, 255);
    }

    /** Text with its pen starting at (x, baseline), each rounded to a whole pixel. */
    void text(BitmapFont font, String text, double x, double baseline, int rgb) {
        paint(font.render(text).translated((int) Math.round(x), (int) Math.round(baseline)), rgb, 255);
    }

    /** dst blended towards src by a/255, rounded. */
    static int blend(int dst, int src, int a) {
        if (a >= 255) {
            return src;
        }
        int b = 255 - a;
        int r = (((src >> 16) & 0xFF) * a + ((dst >> 16) & 0xFF) * b + 127) / 255;
        int g = (((src >> 8) & 0xFF) * a + ((dst >> 8) & 0xFF) * b + 127) / 255;
        int bl = ((src & 0xFF) * a + (dst & 0xFF) * b + 127) / 255;
        return (r << 16) | (g << 8) | bl;
    }
}
