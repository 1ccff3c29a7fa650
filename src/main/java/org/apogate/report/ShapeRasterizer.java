package org.apogate.report;

import java.util.Arrays;

/**
 * Exact-area antialiasing of polygons: each pixel's coverage is the share of its square inside the
 * shape (non-zero winding), found by accumulating signed edge areas along each row (the method of
 * font-rs and stb_truetype). Polygons are given as {x0, y0, x1, y1, ...} in canvas pixels, where
 * pixel (i, j) is the square [i, i+1] x [j, j+1].
 */
final class ShapeRasterizer {
    private ShapeRasterizer() {
    }

    /**
     * Coverage of the polygons together, limited to the clip rectangle [clipX0, clipX1) x [clipY0,
     * clipY1). Overlapping polygons of the same orientation add up (capped at full), so pass one
     * shape at a time, or an outline as an outer and an oppositely wound inner ring.
     */
    static AlphaMask fill(int clipX0, int clipY0, int clipX1, int clipY1, double[]... polygons) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : polygons) {
            for (int i = 0; i < p.length; i += 2) {
                minX = Math.min(minX, p[i]);
                maxX = Math.max(maxX, p[i]);
                minY = Math.min(minY, p[i + 1]);
                maxY = Math.max(maxY, p[i + 1]);
            }
        }
        if (!(minX <= maxX) || !Double.isFinite(minX + maxX + minY + maxY)) {
            return AlphaMask.EMPTY;
        }
        int x0 = (int) Math.max(clipX0, Math.floor(minX));
        int y0 = (int) Math.max(clipY0, Math.floor(minY));
        int x1 = (int) Math.min(clipX1, Math.ceil(maxX));
        int y1 = (int) Math.min(clipY1, Math.ceil(maxY));
        if (x1 <= x0 || y1 <= y0) {
            return AlphaMask.EMPTY;
        }
        int w = x1 - x0;
        int h = y1 - y0;
        Accumulator acc = new Accumulator(w, h);
        for (double[] p : polygons) {
            double[] local = p.clone();
            for (int i = 0; i < local.length; i += 2) {
                local[i] -= x0;
                local[i + 1] -= y0;
            }
            double[] inside = clip(clip(clip(clip(local, 0, 0, false), 0, w, true), 1, 0, false), 1, h, true);
            int n = inside.length / 2;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                acc.edge(inside[2 * i], inside[2 * i + 1], inside[2 * j], inside[2 * j + 1]);
            }
        }
        return new AlphaMask(x0, y0, w, h, acc.coverage());
    }

    /**
     * Sutherland-Hodgman: keeps the part of the polygon on one side of the line coordinate[axis] =
     * bound (below it when {@code keepBelow}). Holes stay correct because the edges it adds along
     * the line cancel in the winding sum.
     */
    private static double[] clip(double[] p, int axis, double bound, boolean keepBelow) {
        int n = p.length / 2;
        double[] out = new double[4 * n + 4];
        int m = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double a = p[2 * i + axis] - bound;
            double b = p[2 * j + axis] - bound;
            boolean aIn = keepBelow ? a <= 0 : a >= 0;
            boolean bIn = keepBelow ? b <= 0 : b >= 0;
            if (aIn) {
                out[m++] = p[2 * i];
                out[m++] = p[2 * i + 1];
            }
            if (aIn != bIn) {
                double t = a / (a - b);
                out[m++] = p[2 * i] + t * (p[2 * j] - p[2 * i]);
                out[m++] = p[2 * i + 1] + t * (p[2 * j + 1] - p[2 * i + 1]);
                out[m - 2 + axis] = bound; // exactly on the line, whatever the rounding
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** Signed area per pixel, two spare columns a row so edges on the right border stay in their row. */
    private static final class Accumulator {
        private final int width;
        private final int height;
        private final int stride;
        private final double[] area;

        Accumulator(int width, int height) {
            this.width = width;
            this.height = height;
            this.stride = width + 2;
            this.area = new double[stride * height];
        }

        /** Adds the edge's signed area to each pixel it passes and its running total to the right. */
        void edge(double x0, double y0, double x1, double y1) {
            if (y0 == y1) {
                return;
            }
            double dir = 1;
            if (y0 > y1) {
                dir = -1;
                double t = x0;
                x0 = x1;
                x1 = t;
                t = y0;
                y0 = y1;
                y1 = t;
            }
            double dxdy = (x1 - x0) / (y1 - y0);
            double x = x0;
            int yEnd = Math.min(height, (int) Math.ceil(y1));
            for (int y = (int) Math.floor(y0); y < yEnd; y++) {
                int row = y * stride;
                double dy = Math.min(y + 1, y1) - Math.max(y, y0);
                double xNext = x + dxdy * dy;
                double d = dy * dir;
                double xa = Math.min(x, xNext);
                double xb = Math.max(x, xNext);
                double xaFloor = Math.floor(xa);
                int xai = (int) xaFloor;
                double xbCeil = Math.ceil(xb);
                int xbi = (int) xbCeil;
                if (xbi <= xai + 1) { // within one pixel column
                    double xmf = 0.5 * (x + xNext) - xaFloor;
                    area[row + xai] += d - d * xmf;
                    area[row + xai + 1] += d * xmf;
                } else {
                    double s = 1 / (xb - xa);
                    double xaf = xa - xaFloor;
                    double a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
                    double xbf = xb - xbCeil + 1;
                    double am = 0.5 * s * xbf * xbf;
                    area[row + xai] += d * a0;
                    if (xbi == xai + 2) {
                        area[row + xai + 1] += d * (1 - a0 - am);
                    } else {
                        double a1 = s * (1.5 - xaf);
                        area[row + xai + 1] += d * (a1 - a0);
                        for (int xi = xai + 2; xi < xbi - 1; xi++) {
                            area[row + xi] += d * s;
                        }
                        double a2 = a1 + (xbi - xai - 3) * s;
                        area[row + xbi - 1] += d * (1 - a2 - am);
                    }
                    area[row + xbi] += d * am;
                }
                x = xNext;
            }
        }

        /** Running sums along each row, as 0..255. */
        byte[] coverage() {
            byte[] out = new byte[width * height];
            for (int y = 0; y < height; y++) {
                double sum = 0;
                for (int x = 0; x < width; x++) {
                    sum += area[y * stride + x];
                    out[y * width + x] = (byte) Math.round(Math.min(1, Math.abs(sum)) * 255);
                }
            }
            return out;
        }
    }
}
