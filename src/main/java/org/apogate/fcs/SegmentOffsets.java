package org.apogate.fcs;

/**
 * The segment offsets written in a data set's HEADER, relative to the start of that data set's
 * HEADER, inclusive ends. Blank fields read as 0. These are the values as written: see
 * {@link DataSet#dataStart()} for the offsets actually used.
 */
public record SegmentOffsets(long textStart, long textEnd, long dataStart, long dataEnd,
                             long analysisStart, long analysisEnd) {
}
