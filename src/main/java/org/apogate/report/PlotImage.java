package org.apogate.report;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One plot shown in the HTML report: a caption and PNG bytes, either in memory or in a file that is
 * read only while the report is written (so a run's plots need not all sit in memory).
 */
public record PlotImage(String caption, byte[] png, Path file) {
    public PlotImage {
        Objects.requireNonNull(caption, "caption");
        if ((png == null) == (file == null)) {
            throw new IllegalArgumentException("plot " + caption + ": give either PNG bytes or a file");
        }
        png = png == null ? null : png.clone();
    }

    public static PlotImage of(String caption, byte[] png) {
        return new PlotImage(caption, png, null);
    }

    public static PlotImage ofFile(String caption, Path file) {
        return new PlotImage(caption, null, file);
    }

    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }
}
