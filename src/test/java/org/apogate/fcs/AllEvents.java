package org.apogate.fcs;

/** Every event of a data set as whole columns, for tests that compare files value by value. */
public final class AllEvents {
    private AllEvents() {
    }

    /** {@code [channel][event]} on {@code scale}. */
    public static double[][] read(DataSet ds, ValueScale scale) {
        int n = (int) ds.eventCount();
        double[][] out = new double[ds.parameterCount()][n];
        try (EventSource src = ds.openEvents(scale, 4096)) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                for (int c = 0; c < out.length; c++) {
                    System.arraycopy(b.column(c), 0, out[c], (int) b.firstEvent(), b.size());
                }
            }
        }
        return out;
    }
}
