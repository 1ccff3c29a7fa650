package org.apogate.report;

/** A rendered plot: width x height pixels as 0xRRGGBB, rows top-down. */
public final class RgbImage {
    private final int width;
    private final int height;
    private final int[] pixels;

    RgbImage(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = new int[Math.multiplyExact(width, height)];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Colour of pixel (x, y) as 0xRRGGBB. */
    public int rgb(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") outside " + width + "x" + height);
        }
        return pixels[y * width + x];
    }

    /** The pixel array itself, row by row, for the canvas and the encoder. */
    int[] pixels() {
        return pixels;
    }
}
