package org.apogate.report;

/** Polygons ({x0, y0, x1, y1, ...}) that outline strokes, for {@link ShapeRasterizer}. All wind the same way. */
final class Strokes {
    private Strokes() {
    }

    static double[] rectangle(double x0, double y0, double x1, double y1) {
        return new double[] {x0, y0, x1, y0, x1, y1, x0, y1};
    }

    /** The same points in the opposite order: a hole when filled together with an outer ring. */
    static double[] reversed(double[] polygon) {
        double[] out = new double[polygon.length];
        for (int i = 0; i < polygon.length; i += 2) {
            out[polygon.length - 2 - i] = polygon[i];
            out[polygon.length - 1 - i] = polygon[i + 1];
        }
        return out;
    }

    /** A line of the given width reaching half the width past both ends (Java2D's CAP_SQUARE). */
    static double[] squareEnded(double x0, double y0, double x1, double y1, double width) {
        double half = width / 2;
        double length = Math.hypot(x1 - x0, y1 - y0);
        if (length == 0) {
            return rectangle(x0 - half, y0 - half, x0 + half, y0 + half);
        }
        double ux = (x1 - x0) / length * half;
        double uy = (y1 - y0) / length * half;
        // (ux, uy) runs along the line, (-uy, ux) across it; both half a width long.
        double ax = x0 - ux;
        double ay = y0 - uy;
        double bx = x1 + ux;
        double by = y1 + uy;
        return oriented(new double[] {ax - uy, ay + ux, bx - uy, by + ux, bx + uy, by - ux, ax + uy, ay - ux});
    }

    /** A line of the given width with half-disc ends (CAP_ROUND), so joined segments make round corners. */
    static double[] roundEnded(double x0, double y0, double x1, double y1, double width) {
        double r = width / 2;
        int steps = Math.max(8, (int) Math.ceil(Math.PI * r / 0.5)); // chords of at most half a pixel
        double angle = Math.atan2(y1 - y0, x1 - x0);
        double[] out = new double[4 * (steps + 1)];
        int m = 0;
        for (int end = 0; end < 2; end++) { // half circle round (x1, y1), then round (x0, y0)
            double cx = end == 0 ? x1 : x0;
            double cy = end == 0 ? y1 : y0;
            double start = angle - Math.PI / 2 + end * Math.PI;
            for (int k = 0; k <= steps; k++) {
                double a = start + Math.PI * k / steps;
                out[m++] = cx + r * Math.cos(a);
                out[m++] = cy + r * Math.sin(a);
            }
        }
        return oriented(out);
    }

    /** The polygon wound like {@link #rectangle} (positive shoelace area in image coordinates). */
    private static double[] oriented(double[] polygon) {
        double area = 0;
        int n = polygon.length / 2;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            area += polygon[2 * i] * polygon[2 * j + 1] - polygon[2 * j] * polygon[2 * i + 1];
        }
        return area < 0 ? reversed(polygon) : polygon;
    }
}
