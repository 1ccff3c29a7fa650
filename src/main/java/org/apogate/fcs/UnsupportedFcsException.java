package org.apogate.fcs;

import java.nio.file.Path;

/** Valid FCS we deliberately do not decode, e.g. $MODE C or U histograms, or FCS 1.0. */
public class UnsupportedFcsException extends FcsFormatException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFcsException(Path file, long offset, String keyword, String what) {
        super(file, offset, keyword, what);
    }
}
