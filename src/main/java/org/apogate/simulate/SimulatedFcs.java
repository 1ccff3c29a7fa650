package org.apogate.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.WriterChannel;
import org.apogate.fcs.WriterOptions;

/**
 * Writes a {@link SimulatedSample} as an FCS 3.1 file in its instrument's style (float32 for BD,
 * Attune, CytoFLEX; 32-bit integers for Accuri), with $SPILLOVER when the scenario says so, and
 * truth sidecars: per-event class CSV, or one per-sample class-count row.
 */
public final class SimulatedFcs {
    private SimulatedFcs() {
    }

    /** Writes the FCS file. */
    public static void write(SimulatedSample s, Path out) {
        List<WriterChannel> channels = new ArrayList<>();
        for (int c = 0; c < s.names().size(); c++) {
            String name = s.names().get(c);
            double range = name.equals("Time") ? 262144 : s.range();
            channels.add(new WriterChannel(name, s.stains().get(c), range));
        }
        Map<String, String> kw = new LinkedHashMap<>();
        kw.put("$CYT", s.scenario().style().cytometer());
        kw.put("$TIMESTEP", Double.toString(s.timeStep()));
        kw.put("$SRC", "ApoGate simulator: " + s.scenario().name());
        kw.put("APOGATE_SIM_SEED", Long.toString(s.scenario().seed()));
        if (s.scenario().writeSpillover()) {
            kw.put("$SPILLOVER", FcsWriter.spilloverValue(s.spilloverChannels(), s.spillover()));
        }
        WriterOptions options = s.scenario().style().integerData()
                ? WriterOptions.integer(32, ByteOrder.LITTLE_ENDIAN)
                : WriterOptions.float32(ByteOrder.LITTLE_ENDIAN);
        FcsWriter.write(out, channels, kw, s.columns(), options);
    }

    /** Per-event truth: header "event,class", one row per event (0-based index, class label). */
    public static void writeEventTruth(SimulatedSample s, Path out) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("event,class\n");
            EventClass[] t = s.truth();
            for (int i = 0; i < t.length; i++) {
                w.write(i + "," + t[i].label() + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write truth " + out, e);
        }
    }

    /** Header of {@link #countsRow}. */
    public static String countsHeader() {
        StringBuilder b = new StringBuilder("file,events");
        for (EventClass c : EventClass.values()) {
            b.append(',').append(c.label());
        }
        return b.append(",live_pct,early_pct,late_pct,necrotic_pct").toString();
    }

    /** One row of per-class counts and the four percentages among single cells. */
    public static String countsRow(String file, SimulatedSample s) {
        Map<EventClass, Integer> counts = s.counts();
        StringBuilder b = new StringBuilder(file).append(',').append(s.events());
        int cells = 0;
        for (EventClass c : EventClass.values()) {
            b.append(',').append(counts.get(c));
            cells += c.isSingleCell() ? counts.get(c) : 0;
        }
        for (EventClass c : new EventClass[] {EventClass.LIVE, EventClass.EARLY, EventClass.LATE, EventClass.NECROTIC}) {
            b.append(',').append(String.format(java.util.Locale.ROOT, "%.3f", 100.0 * counts.get(c) / Math.max(1, cells)));
        }
        return b.toString();
    }
}
