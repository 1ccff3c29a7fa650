package org.apogate.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo experiment in {@code testdata/}: MM.1S cells, untreated and a lenalidomide dose series
 * on a BD-style instrument, with unstained, annexin-only and PI-only control tubes of the same
 * group; a sample sheet ({@code samples.csv}: file,role,group) and the truth ({@code truth.csv}:
 * per-file class counts and percentages among single cells). Fully determined by {@link #SEED}.
 */
public final class DemoSet {
    public static final long SEED = 20240601L;
    public static final int EVENTS = 20000;
    private static final String GROUP = "MM1S_lenalidomide";

    private DemoSet() {
    }

    /** One tube of the demo set. */
    public record Tube(String file, String role, Scenario scenario) {
    }

    public static List<Tube> tubes() {
        Scenario base = Scenario.typical(InstrumentStyle.BD, EVENTS, SEED).withDebris(0.12, 0.06);
        List<Tube> t = new ArrayList<>();
        t.add(new Tube("MM1S_untreated.fcs", "sample", base.named("MM.1S untreated").withFractions(0.93, 0.035, 0.025, 0.01)
                .withEvents(EVENTS, SEED + 1)));
        t.add(new Tube("MM1S_len_1uM.fcs", "sample", base.named("MM.1S lenalidomide 1 uM").withFractions(0.78, 0.11, 0.08, 0.03)
                .withEvents(EVENTS, SEED + 2)));
        t.add(new Tube("MM1S_len_5uM.fcs", "sample", base.named("MM.1S lenalidomide 5 uM").withFractions(0.52, 0.21, 0.21, 0.06)
                .withEvents(EVENTS, SEED + 3).withDebris(0.20, 0.06)));
        t.add(new Tube("MM1S_len_10uM.fcs", "sample", base.named("MM.1S lenalidomide 10 uM").withFractions(0.27, 0.26, 0.37, 0.10)
                .withEvents(EVENTS, SEED + 4).withDebris(0.30, 0.06)));
        Scenario mixed = base.withFractions(0.55, 0.2, 0.2, 0.05);
        t.add(new Tube("MM1S_unstained.fcs", "unstained", mixed.named("MM.1S unstained").withStains(false, false)
                .withEvents(EVENTS, SEED + 5)));
        t.add(new Tube("MM1S_annexin_only.fcs", "annexin_only", mixed.named("MM.1S Annexin V only").withStains(true, false)
                .withEvents(EVENTS, SEED + 6)));
        t.add(new Tube("MM1S_PI_only.fcs", "viability_only", mixed.named("MM.1S PI only").withStains(false, true)
                .withEvents(EVENTS, SEED + 7)));
        return t;
    }

    /** Writes every tube, samples.csv and truth.csv into {@code dir}; returns the FCS paths. */
    public static List<Path> write(Path dir) {
        ApoptosisSimulator sim = new ApoptosisSimulator();
        List<Path> files = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("file,role,group\n");
        StringBuilder truth = new StringBuilder(SimulatedFcs.countsHeader()).append('\n');
        try {
            Files.createDirectories(dir);
            for (Tube tube : tubes()) {
                SimulatedSample s = sim.simulate(tube.scenario(), SEED);
                Path f = dir.resolve(tube.file());
                SimulatedFcs.write(s, f);
                files.add(f);
                sheet.append(tube.file()).append(',').append(tube.role()).append(',').append(GROUP).append('\n');
                truth.append(SimulatedFcs.countsRow(tube.file(), s)).append('\n');
            }
            Files.writeString(dir.resolve("samples.csv"), sheet.toString(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("truth.csv"), truth.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write demo set to " + dir, e);
        }
        return files;
    }
}
