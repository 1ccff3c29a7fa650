package org.apogate.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apogate.gatingml.GatingMlWriter;
import org.apogate.report.AtomicFiles;
import org.apogate.report.PlotImage;
import org.apogate.report.ReportException;

/** Where a sample's files go ({@code DIR/samples/NAME/}) and how they are written (atomically). */
public final class SampleOutputs {
    public static final String GATES = "gates.xml";

    private SampleOutputs() {
    }

    public static Path dir(Path outDir, SampleTask task) {
        return outDir.resolve("samples").resolve(task.sampleName());
    }

    static void createDir(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ReportException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
    }

    static void writeGates(Path dir, SampleAnalysis a) {
        AtomicFiles.write(dir.resolve(GATES), out -> new GatingMlWriter().write(a.strategy(), out));
    }

    /** {@code plots} in {@link SamplePlots.Plot} order, each to its file. */
    static void writePlots(Path dir, List<PlotImage> plots) {
        SamplePlots.Plot[] all = SamplePlots.Plot.values();
        for (int i = 0; i < plots.size() && i < all.length; i++) {
            AtomicFiles.writeBytes(dir.resolve(all[i].file), plots.get(i).png());
        }
    }

    /** The plots of a sample as files for the HTML report. */
    public static List<PlotImage> plotFiles(Path dir) {
        List<PlotImage> files = new java.util.ArrayList<>();
        for (SamplePlots.Plot p : SamplePlots.Plot.values()) {
            files.add(PlotImage.ofFile(p.caption, dir.resolve(p.file)));
        }
        return files;
    }

    /** Whether every plot file of a sample is there. */
    static boolean plotsPresent(Path dir) {
        for (SamplePlots.Plot p : SamplePlots.Plot.values()) {
            if (!Files.isRegularFile(dir.resolve(p.file))) {
                return false;
            }
        }
        return true;
    }
}
