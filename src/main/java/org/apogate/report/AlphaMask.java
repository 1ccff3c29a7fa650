package org.apogate.report;

/**
 * Coverage 0..255 over a rectangle of pixels whose top-left pixel is (x, y): a rasterized stroke or
 * a line of text, ready to be blended onto a {@link Canvas} in one colour.
 */
final class AlphaMask {
    static final AlphaMask EMPTY = new AlphaMask(0, 0, 0, 0, new byte[0]);

    final int x;
    final int y;
    final int width;
    final int height;
    private final byte[] alpha;

    AlphaMask(int x, int y, int width, int height, byte[] alpha) {
        if (alpha.length != width * height) {
            throw new IllegalArgumentException(width + "x" + height + " mask needs " + width * height + " values");
        }
        this.x = x;
        this.y = y;
        this.width = width;
        this.height = height;
        this.alpha = alpha;
    }

    /** Coverage 0..255 at pixel (px, py) in the coordinates the mask is placed in; 0 outside it. */
    int at(int px, int py) {
        int i = px - x;
        int j = py - y;
        if (i < 0 || j < 0 || i >= width || j >= height) {
            return 0;
        }
        return alpha[j * width + i] & 0xFF;
    }

    AlphaMask translated(int dx, int dy) {
        return new AlphaMask(x + dx, y + dy, width, height, alpha);
    }

    /**
     * Turned a quarter counter-clockwise about the origin, as text reading upwards: pixel (u, v)
     * moves to (v, -u - 1).
     */
    AlphaMask rotatedLeft() {
        byte[] turned = new byte[alpha.length];
        for (int j = 0; j < width; j++) { // rows of the turned mask are columns of this one, right to left
            int column = width - 1 - j;
            for (int i = 0; i < height; i++) {
                turned[j * height + i] = alpha[i * width + column];
            }
        }
        return new AlphaMask(y, -(x + width), height, width, turned);
    }

    /**
     * A halo: the mask grown by {@code radius} pixels with a soft edge, as the outline of the shape
     * stroked with a round pen of width 2 x radius would cover.
     */
    AlphaMask dilated(double radius) {
        double reach = radius + 0.5; // from the centre of an inked pixel to the halo's edge
        int r = (int) Math.ceil(reach);
        int side = 2 * r + 1;
        double[] kernel = new double[side * side];
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                kernel[(dy + r) * side + dx + r] = clamp01(reach + 0.5 - Math.sqrt(dx * dx + dy * dy));
            }
        }
        int w = width + 2 * r;
        int h = height + 2 * r;
        byte[] grown = new byte[w * h];
        for (int j = 0; j < height; j++) {
            for (int i = 0; i < width; i++) {
                int a = alpha[j * width + i] & 0xFF;
                if (a == 0) {
                    continue;
                }
                for (int ky = 0; ky < side; ky++) {
                    int row = (j + ky) * w + i;
                    for (int kx = 0; kx < side; kx++) {
                        int v = (int) Math.round(a * kernel[ky * side + kx]);
                        if (v > (grown[row + kx] & 0xFF)) {
                            grown[row + kx] = (byte) v;
                        }
                    }
                }
            }
        }
        return new AlphaMask(x - r, y - r, w, h, grown);
    }

    /** The largest coverage of the masks at each pixel: the union of overlapping strokes. */
    static AlphaMask union(AlphaMask... masks) {
        int x0 = Integer.MAX_VALUE;
        int y0 = Integer.MAX_VALUE;
        int x1 = Integer.MIN_VALUE;
        int y1 = Integer.MIN_VALUE;
        for (AlphaMask m : masks) {
            if (m.width > 0 && m.height > 0) {
                x0 = Math.min(x0, m.x);
                y0 = Math.min(y0, m.y);
                x1 = Math.max(x1, m.x + m.width);
                y1 = Math.max(y1, m.y + m.height);
            }
        }
        if (x1 <= x0 || y1 <= y0) {
            return EMPTY;
        }
        int w = x1 - x0;
        byte[] all = new byte[w * (y1 - y0)];
        for (AlphaMask m : masks) {
            for (int j = 0; j < m.height; j++) {
                int target = (m.y + j - y0) * w + m.x - x0;
                for (int i = 0; i < m.width; i++) {
                    int a = m.alpha[j * m.width + i] & 0xFF;
                    if (a > (all[target + i] & 0xFF)) {
                        all[target + i] = (byte) a;
                    }
                }
            }
        }
        return new AlphaMask(x0, y0, w, y1 - y0, all);
    }

    private static double clamp01(double v) {
        return v < 0 ? 0 : v > 1 ? 1 : v;
    }
}
