package org.apogate.auto;

/**
 * A closed polygon in raw channel units, vertices in order ({@code x[i], y[i]}); the lead exports
 * it as a Gating-ML polygon gate. Points inside are kept.
 */
public record GatePolygon(String xChannel, String yChannel, double[] x, double[] y) {
    public GatePolygon {
        if (x.length != y.length || x.length < 3) {
            throw new IllegalArgumentException("polygon needs >= 3 vertices with equal x and y counts");
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int size() {
        return x.length;
    }

    /** Even-odd ray casting; points exactly on an edge may fall either way, so gates also offer exact tests. */
    public boolean contains(double px, double py) {
        boolean inside = false;
        for (int i = 0, j = x.length - 1; i < x.length; j = i++) {
            if ((y[i] > py) != (y[j] > py)) {
                double xCross = x[j] + (py - y[j]) * (x[i] - x[j]) / (y[i] - y[j]);
                if (px < xCross) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
