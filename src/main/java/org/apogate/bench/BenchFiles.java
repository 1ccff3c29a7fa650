package org.apogate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.FcsFormatException;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.WriterChannel;
import org.apogate.fcs.WriterOptions;

/**
 * Generates the benchmark files with our own {@link FcsWriter} (FCS 3.1, seeded, so every machine
 * gets the same bytes) and reuses a file already in the folder when its tag keyword, event count and
 * size match what would be written.
 */
final class BenchFiles {
    /** Keyword naming layout, events, seed and generator version; a mismatch means regenerate. */
    static final String TAG_KEYWORD = "APOGATE_BENCH";
    private static final String GENERATOR_VERSION = "1";
    private static final int BLOCK = 65536;

    private BenchFiles() {
    }

    /** {@code dir/bench-<layout>-<events>.fcs}, generated unless already there. */
    static BenchFile ensure(Path dir, BenchLayout layout, long events, long seed) {
        String name = "bench-" + layout.name().toLowerCase(java.util.Locale.ROOT) + "-" + events + ".fcs";
        return ensureFile(dir.resolve(name), layout, events, seed);
    }

    static BenchFile ensureFile(Path file, BenchLayout layout, long events, long seed) {
        String tag = layout + ":" + events + ":" + seed + ":v" + GENERATOR_VERSION;
        BenchFile existing = reusable(file, layout, events, tag);
        if (existing != null) {
            return existing;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            write(tmp, layout, events, seed, tag);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create benchmark file " + file, e);
        }
        BenchFile made = reusable(file, layout, events, tag);
        if (made == null) {
            throw new IllegalStateException(file + ": generated file does not read back with " + events + " events");
        }
        return made;
    }

    /** The file as a BenchFile when it is a complete generated file with this tag, else null. */
    private static BenchFile reusable(Path file, BenchLayout layout, long events, String tag) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            DataSet d = FcsReader.open(file).dataSet(0);
            long bytes = d.dataEnd() - d.dataStart() + 1;
            boolean ok = tag.equals(d.keywords().getOrNull(TAG_KEYWORD))
                    && d.eventCount() == events
                    && d.parameterCount() == SyntheticPanel.CHANNELS.size()
                    && bytes == events * d.eventBytes()
                    && Files.size(file) == d.dataEnd() + 1;
            return ok ? new BenchFile(file, layout, events, d.dataStart(), bytes) : null;
        } catch (FcsFormatException | IOException e) {
            return null;   // unreadable or half-written: regenerate
        }
    }

    private static void write(Path out, BenchLayout layout, long events, long seed, String tag) {
        List<String> names = SyntheticPanel.CHANNELS;
        List<WriterChannel> channels = new ArrayList<>();
        Map<String, String> extra = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            String stain = switch (names.get(c)) {
                case SyntheticPanel.ANNEXIN -> "Annexin V";
                case SyntheticPanel.PI -> "PI";
                default -> null;
            };
            // Integer files declare a 32-bit range to the writer so flag bits survive, then state $PnR 262144.
            double range = layout.integer() ? 4294967296.0 : SyntheticPanel.TOP;
            channels.add(new WriterChannel(names.get(c), stain, range));
            if (layout.integer()) {
                extra.put("$P" + (c + 1) + "R", String.valueOf(BenchLayout.INT_RANGE));
            }
        }
        extra.put("$CYT", "ApoGate bench (synthetic)");
        extra.put("$SPILLOVER", FcsWriter.spilloverValue(SyntheticPanel.fluorChannels(), SyntheticPanel.spilloverMatrix()));
        extra.put(TAG_KEYWORD, tag);
        WriterOptions options = layout.integer()
                ? WriterOptions.integer(32, layout.order()) : WriterOptions.float32(layout.order());
        SyntheticPanel panel = new SyntheticPanel(seed);
        EventBlock block = new EventBlock(names.size(), BLOCK);
        FlagBits flags = layout.integer() ? new FlagBits(seed) : null;
        try (FcsWriter w = FcsWriter.create(out, channels, extra, options)) {
            for (long done = 0; done < events; ) {
                int n = (int) Math.min(BLOCK, events - done);
                panel.fill(block, n);
                if (flags != null) {
                    flags.apply(block, n);
                }
                block.reset(n, done);
                w.append(block);
                done += n;
            }
        }
    }
}
