package org.apogate.fcs;

/**
 * A block of consecutive events stored channel-major: {@code column(c)[i]} is channel {@code c} of
 * event {@code firstEvent() + i}, for {@code i < size()}. Columns may be longer than {@code size()}
 * (a source reuses its arrays between blocks), so always loop to {@code size()}.
 *
 * <p>A block handed out by an {@link EventSource} is valid until the next call to
 * {@link EventSource#next()}; callers that keep data copy it. Stages such as compensation and
 * transforms may rewrite columns in place.
 */
public final class EventBlock {
    private final double[][] columns;
    private int size;
    private long firstEvent;

    public EventBlock(int channels, int capacity) {
        if (channels < 0 || capacity < 0) {
            throw new IllegalArgumentException("channels and capacity must be >= 0");
        }
        this.columns = new double[channels][capacity];
    }

    /** Wraps existing columns (all of equal length) as a full block starting at event 0. */
    public static EventBlock of(double[]... columns) {
        int n = columns.length == 0 ? 0 : columns[0].length;
        EventBlock b = new EventBlock(columns.length, 0);
        for (int c = 0; c < columns.length; c++) {
            if (columns[c].length != n) {
                throw new IllegalArgumentException("column " + c + " has " + columns[c].length + " values, expected " + n);
            }
            b.columns[c] = columns[c];
        }
        b.size = n;
        return b;
    }

    public int channels() {
        return columns.length;
    }

    public int capacity() {
        return columns.length == 0 ? 0 : columns[0].length;
    }

    public int size() {
        return size;
    }

    public long firstEvent() {
        return firstEvent;
    }

    /** The live array of channel {@code c}; valid entries are {@code [0, size())}. */
    public double[] column(int c) {
        return columns[c];
    }

    /** Replaces a column array (same capacity), e.g. to add a derived channel view. */
    public void setColumn(int c, double[] values) {
        if (values.length < size) {
            throw new IllegalArgumentException("column shorter than block size");
        }
        columns[c] = values;
    }

    /** Sets how many events the block holds and the index of its first event in the data set. */
    public void reset(int size, long firstEvent) {
        if (size < 0 || size > capacity()) {
            throw new IllegalArgumentException("size " + size + " outside [0, " + capacity() + "]");
        }
        this.size = size;
        this.firstEvent = firstEvent;
    }
}
