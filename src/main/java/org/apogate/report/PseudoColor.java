package org.apogate.report;

/**
 * The blue-cyan-green-yellow-red density map cytometrists know from FlowJo's pseudocolor plots, as a
 * 256-entry RGB table. Index 0 (a single event) is a saturated blue that stays visible on white.
 */
final class PseudoColor {
    static final int SIZE = 256;

    /** Colour stops at 0, 1/4, 1/2, 3/4, 1: blue, cyan, green, yellow, red (darkened for a white page). */
    private static final int[][] STOPS = {
        {0, 40, 230}, {0, 190, 230}, {30, 190, 40}, {245, 215, 0}, {215, 0, 0},
    };

    private PseudoColor() {
    }

    /** The 256 colours as 0xRRGGBB. */
    static int[] table() {
        int[] rgb = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double t = i / (double) (SIZE - 1) * (STOPS.length - 1);
            int segment = Math.min((int) t, STOPS.length - 2);
            double f = t - segment;
            int[] a = STOPS[segment];
            int[] b = STOPS[segment + 1];
            int r = (int) Math.round(a[0] + f * (b[0] - a[0]));
            int g = (int) Math.round(a[1] + f * (b[1] - a[1]));
            int bl = (int) Math.round(a[2] + f * (b[2] - a[2]));
            rgb[i] = (r << 16) | (g << 8) | bl;
        }
        return rgb;
    }

    /** Table index for a bin: log(count) / log(max), so one event in a bin of a million still shows. */
    static int index(int count, double logMax) {
        if (logMax <= 0) {
            return 0;
        }
        int i = (int) (Math.log(count) / logMax * (SIZE - 1) + 0.5);
        return Math.min(SIZE - 1, Math.max(0, i));
    }
}
