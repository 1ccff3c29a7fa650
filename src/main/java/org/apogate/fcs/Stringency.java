package org.apogate.fcs;

/**
 * How the reader treats input that departs from the FCS standard but can be recovered, in the spirit
 * of htsjdk's ValidationStringency.
 */
public enum Stringency {
    /** Any recovery is an error: the first departure throws {@link FcsFormatException}. */
    STRICT,
    /** Recover where the intent is unambiguous and record every recovery as a {@link ReadIssue}. */
    LENIENT,
    /** Recover like LENIENT but record nothing. */
    SILENT
}
