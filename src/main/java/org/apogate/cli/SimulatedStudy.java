package org.apogate.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apogate.report.AtomicFiles;
import org.apogate.report.ReportException;
import org.apogate.simulate.ApoptosisSimulator;
import org.apogate.simulate.DemoSet;
import org.apogate.simulate.InstrumentStyle;
import org.apogate.simulate.Scenario;
import org.apogate.simulate.SimulatedFcs;
import org.apogate.simulate.SimulatedSample;

/**
 * The tubes of a simulated study and how they are written: one FCS file per tube, a per-event truth
 * sidecar {@code <file>.truth.csv} (event,class), {@code samples.csv} (file,role,group) and
 * {@code truth.csv} (per-file class counts and percentages among single cells). The demo preset
 * without overrides is exactly {@code testdata/} ({@link DemoSet}).
 */
final class SimulatedStudy {
    /** Group of the demo tubes, as written in testdata/samples.csv. */
    static final String DEMO_GROUP = "MM1S_lenalidomide";
    static final long SUITE_SEED = 1000;
    static final int SUITE_EVENTS = 30000;
    private static final int CONTROL_EVENTS = 20000;

    /**
     * One tube: file name, sample-sheet role and group, what to simulate, and the seed of its
     * group's biology (control tubes share their samples' cells and instrument settings).
     */
    record Tube(String file, String role, String group, Scenario scenario, long groupSeed) {
    }

    private SimulatedStudy() {
    }

    /**
     * The demo experiment; null knobs keep the demo's own (then the files equal {@code testdata/}).
     * A seed moves every tube's seed by the same amount.
     */
    static List<Tube> demo(Integer events, Long seed, InstrumentStyle style) {
        List<Tube> out = new ArrayList<>();
        for (DemoSet.Tube t : DemoSet.tubes()) {
            Scenario s = t.scenario();
            long tubeSeed = seed == null ? s.seed() : seed + (s.seed() - DemoSet.SEED);
            s = s.withEvents(events == null ? s.events() : events, tubeSeed);
            out.add(new Tube(t.file(), t.role(), DEMO_GROUP, style == null ? s : restyle(s, style),
                    seed == null ? DemoSet.SEED : seed));
        }
        return out;
    }

    /**
     * Hard cases for accuracy checks, per instrument style (all styles, or one): typical, untreated,
     * high dose, dim annexin, heavy debris, many doublets, strong spillover, few events, all live,
     * empty late/necrotic, no FSC-H; two cases with single-stain control tubes in their group; and an
     * Accuri case with PI read in FL3. Each sample is its own group (with its controls, if any).
     */
    static List<Tube> accuracySuite(Integer events, Long seed, InstrumentStyle only) {
        int n = events == null ? SUITE_EVENTS : events;
        int few = Math.min(2000, n);
        long next = seed == null ? SUITE_SEED : seed;
        List<Tube> out = new ArrayList<>();
        for (InstrumentStyle style : InstrumentStyle.values()) {
            if (only != null && style != only) {
                continue;
            }
            String p = style.name().toLowerCase(Locale.ROOT) + "_";
            Scenario base = Scenario.typical(style, n, next++);
            out.add(sample(p + "typical", base));
            withControls(out, p + "typical_controls", base.withEvents(n, next++), n);
            out.add(sample(p + "untreated", base.withFractions(0.95, 0.025, 0.015, 0.01).withEvents(n, next++)));
            out.add(sample(p + "high_dose", base.withFractions(0.20, 0.30, 0.40, 0.10).withEvents(n, next++)));
            out.add(sample(p + "dim_annexin", base.withBrightness(0.7, 2.0).withEvents(n, next++)));
            withControls(out, p + "dim_annexin_controls", base.withBrightness(0.7, 2.0).withEvents(n, next++), n);
            out.add(sample(p + "heavy_debris", base.withDebris(0.40, 0.06).withEvents(n, next++)));
            out.add(sample(p + "many_doublets", base.withDebris(0.10, 0.18).withEvents(n, next++)));
            out.add(sample(p + "strong_spillover", base.withSpillover(2.0, style != InstrumentStyle.ACCURI).withEvents(n, next++)));
            out.add(sample(p + "few_events", base.withEvents(few, next++)));
            out.add(sample(p + "all_live", base.withFractions(1, 0, 0, 0).withEvents(n, next++)));
            out.add(sample(p + "empty_late_necrotic", base.withFractions(0.7, 0.3, 0, 0).withEvents(n, next++)));
            out.add(sample(p + "no_fsc_h", base.withLayout(false, style.defaultViabilityDetector(), true).withEvents(n, next++)));
            if (style == InstrumentStyle.ACCURI) {
                out.add(sample(p + "pi_in_fl3", base.withLayout(true, 2, true).withEvents(n, next++)));
            }
        }
        return out;
    }

    private static Tube sample(String name, Scenario s) {
        return new Tube(name + ".fcs", "sample", name, s.named(name), s.seed());
    }

    /** The sample plus its annexin-only and PI-only tubes, all in one group. */
    private static void withControls(List<Tube> out, String name, Scenario s, int n) {
        int controlEvents = Math.min(CONTROL_EVENTS, n);
        out.add(sample(name, s));
        out.add(new Tube(name + "_annexin_only.fcs", "annexin_only", name,
                s.named(name + " Annexin V only").withStains(true, false).withEvents(controlEvents, s.seed() + 104729),
                s.seed()));
        out.add(new Tube(name + "_PI_only.fcs", "viability_only", name,
                s.named(name + " PI only").withStains(false, true).withEvents(controlEvents, s.seed() + 7919),
                s.seed()));
    }

    /** The same tube on another instrument; Accuri files carry no $SPILLOVER, as real ones do not. */
    static Scenario restyle(Scenario s, InstrumentStyle style) {
        int viability = Math.min(s.viabilityDetector(), style.fluorescence().size() - 1);
        return new Scenario(s.name(), style, s.events(), s.seed(), s.live(), s.early(), s.late(), s.necrotic(),
                s.debrisFraction(), s.doubletFraction(), s.annexinDecades(), s.viabilityDecades(), s.spilloverScale(),
                s.annexinStained(), s.viabilityStained(), s.withHeight(), viability,
                s.writeSpillover() && style != InstrumentStyle.ACCURI, s.writeStains(), s.timeAnomaly());
    }

    /** Per-event truth sidecar of an FCS file name: {@code X.fcs -> X.truth.csv}. */
    static String truthFile(String fcsFile) {
        String stem = fcsFile.endsWith(".fcs") ? fcsFile.substring(0, fcsFile.length() - 4) : fcsFile;
        return stem + ".truth.csv";
    }

    /** Simulates and writes every tube (one in memory at a time), then the sheet and the truth table. */
    static void write(Path dir, List<Tube> tubes, Listener listener) {
        ApoptosisSimulator sim = new ApoptosisSimulator();
        StringBuilder sheet = new StringBuilder("file,role,group\n");
        StringBuilder truth = new StringBuilder(SimulatedFcs.countsHeader()).append('\n');
        try {
            Files.createDirectories(dir);
            for (Tube t : tubes) {
                SimulatedSample s = sim.simulate(t.scenario(), t.groupSeed());
                SimulatedFcs.write(s, dir.resolve(t.file()));
                SimulatedFcs.writeEventTruth(s, dir.resolve(truthFile(t.file())));
                sheet.append(t.file()).append(',').append(t.role()).append(',').append(t.group()).append('\n');
                truth.append(SimulatedFcs.countsRow(t.file(), s)).append('\n');
                listener.written(t.file(), s.events());
            }
        } catch (IOException e) {
            throw new ReportException("cannot write to " + dir + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new ReportException(e.getMessage() + ": " + e.getCause().getMessage(), e);
        }
        AtomicFiles.writeString(dir.resolve("samples.csv"), sheet.toString());
        AtomicFiles.writeString(dir.resolve("truth.csv"), truth.toString());
    }

    /** Told after each file. */
    interface Listener {
        void written(String file, int events);
    }
}
