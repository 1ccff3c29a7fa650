package org.apogate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apogate.simulate.InstrumentStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code apogate simulate}: writes a simulated Annexin V / PI study with per-event truth. */
@Command(name = "simulate",
        description = "Writes simulated Annexin V / PI FCS 3.1 files (not real measurements) with per-event truth "
                + "(<file>.truth.csv: event,class), a sample sheet (samples.csv: file,role,group) and truth.csv "
                + "(per-file class counts and percentages among single cells). The demo preset with no other "
                + "option reproduces the bundled testdata/ byte for byte.",
        footer = ExitCodes.HELP_FOOTER,
        mixinStandardHelpOptions = true)
public final class SimulateCommand implements Callable<Integer> {
    /** Keeps a simulated tube (held in memory whole) well inside a default heap. */
    static final int MAX_EVENTS = 2_000_000;

    enum Preset {
        DEMO("demo"), ACCURACY_SUITE("accuracy-suite");

        final String label;

        Preset(String label) {
            this.label = label;
        }
    }

    /** Accepts the presets' hyphenated names. */
    static final class PresetConverter implements CommandLine.ITypeConverter<Preset> {
        @Override
        public Preset convert(String value) {
            for (Preset p : Preset.values()) {
                if (p.label.equalsIgnoreCase(value.trim())) {
                    return p;
                }
            }
            throw new CommandLine.TypeConversionException("expected demo or accuracy-suite, got '" + value + "'");
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (created if missing).")
    Path out;

    @Option(names = "--preset", paramLabel = "demo|accuracy-suite", defaultValue = "demo", converter = PresetConverter.class,
            description = "demo: 7 tubes of a lenalidomide dose series with control tubes (default); "
                    + "accuracy-suite: hard cases per instrument style (dim stain, debris, doublets, spillover, ...).")
    Preset preset;

    @Option(names = "--events", paramLabel = "N",
            description = "Events per sample tube (default: 20000 demo, 30000 accuracy-suite; max 2000000).")
    Integer events;

    @Option(names = "--seed", paramLabel = "S",
            description = "Base random seed (default: the preset's, 20240601 demo, 1000 accuracy-suite).")
    Long seed;

    @Option(names = "--style", paramLabel = "bd|accuri|attune|cytoflex",
            description = "Instrument style (channel names, range, float or integer data); default: BD for demo, all for accuracy-suite.")
    InstrumentStyle style;

    @Option(names = "--quiet", description = "No per-file lines.")
    boolean quiet;

    @Override
    public Integer call() {
        if (events != null && (events < 1 || events > MAX_EVENTS)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--events must be between 1 and " + MAX_EVENTS + ", got " + events);
        }
        List<SimulatedStudy.Tube> tubes = preset == Preset.DEMO
                ? SimulatedStudy.demo(events, seed, style)
                : SimulatedStudy.accuracySuite(events, seed, style);
        PrintWriter err = spec.commandLine().getErr();
        SimulatedStudy.write(out, tubes, (file, n) -> {
            if (!quiet) {
                err.printf(Locale.ROOT, "apogate: wrote %s (%d events)%n", out.resolve(file), n);
                err.flush();
            }
        });
        if (!quiet) {
            err.printf(Locale.ROOT, "apogate: %d simulated file(s), samples.csv and truth.csv in %s%n", tubes.size(), out);
            err.flush();
        }
        return ExitCodes.OK;
    }
}
