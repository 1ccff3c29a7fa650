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

    static void writePlots(Path dir, List<PlotImage> plots) {
        String[] names = {SamplePlots.SCATTER, SamplePlots.SINGLETS, SamplePlots.QUADRANTS};
        for (int i = 0; i < plots.size() && i < names.length; i++) {
            AtomicFiles.writeBytes(dir.resolve(names[i]), plots.get(i).png());
        }
    }

    /** The plots of a sample as files for the HTML report (captions match {@link SamplePlots}). */
    public static List<PlotImage> plotFiles(Path dir) {
        return List.of(PlotImage.ofFile("Debris: FSC-A vs SSC-A", dir.resolve(SamplePlots.SCATTER)),
                PlotImage.ofFile("Singlets: FSC-A vs FSC-H", dir.resolve(SamplePlots.SINGLETS)),
                PlotImage.ofFile("Annexin V vs viability", dir.resolve(SamplePlots.QUADRANTS)));
    }
}
