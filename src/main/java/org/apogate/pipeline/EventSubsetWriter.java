package org.apogate.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.fcs.FcsWriter;
import org.apogate.fcs.Parameter;
import org.apogate.fcs.ValueScale;
import org.apogate.fcs.WriterChannel;
import org.apogate.fcs.WriterOptions;
import org.apogate.report.AtomicFiles;

/**
 * Writes chosen events of a data set as new FCS 3.1 files, all subsets in one streaming pass: every
 * channel, events in file order, RAW values as float32 (so float data round-trips exactly; integer
 * channel values, masked as {@link ValueScale#RAW} masks them, are exact up to 2^24). The source's
 * keywords are kept except those describing the old DATA layout; $PnE becomes "0,0" because float
 * data cannot be log-amplified (the source's $PnE is kept as {@code APOGATE_SOURCE_PnE}, so a
 * log-amplified integer channel can still be decoded: value = f2 * 10^(f1 * x / $PnR)). Each file is
 * written under a temp name in the target's folder, fsync'd, then renamed into place.
 */
public final class EventSubsetWriter {
    /** One output file: which events (bit i = event i of the data set), where, and keywords to add. */
    public record Subset(BitSet members, Path target, Map<String, String> keywords) {
        public Subset {
            Objects.requireNonNull(target, "target");
            members = (BitSet) members.clone();
            keywords = new LinkedHashMap<>(keywords);
        }

        @Override
        public BitSet members() {
            return (BitSet) members.clone();
        }

        @Override
        public Map<String, String> keywords() {
            return new LinkedHashMap<>(keywords);
        }
    }

    /** Describe the old DATA layout or are written by {@link FcsWriter}; never copied. */
    private static final Set<String> LAYOUT = Set.of("$BEGINDATA", "$ENDDATA", "$TOT", "$PAR", "$DATATYPE",
            "$BYTEORD", "$MODE", "$NEXTDATA", "$BEGINANALYSIS", "$ENDANALYSIS", "$BEGINSTEXT", "$ENDSTEXT",
            "$CSMODE", "$CSVBITS");
    /**
     * Per-parameter keywords the writer sets from the parameter ($PnN, $PnB, $PnR, $PnE "0,0") or that
     * no longer hold ($PnDATATYPE of FCS 3.2).
     */
    private static final Pattern PARAMETER_LAYOUT = Pattern.compile("\\$P\\d+(N|B|R|E|DATATYPE)");
    /** Cell-subset flags and histogram peaks refer to the old DATA records. */
    private static final Pattern OTHER_LAYOUT = Pattern.compile("\\$(CSV\\d+FLAG|PK\\d+|PKN\\d+)");
    private static final int BLOCK = 16_384;

    private EventSubsetWriter() {
    }

    /** The source keywords copied into every subset file, in file order (verbatim values). */
    public static Map<String, String> carriedKeywords(DataSet source) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : source.keywords().asMap().entrySet()) {
            String key = e.getKey().trim().toUpperCase(Locale.ROOT);
            if (key.isEmpty() || LAYOUT.contains(key) || PARAMETER_LAYOUT.matcher(key).matches()
                    || OTHER_LAYOUT.matcher(key).matches()) {
                continue;
            }
            out.put(e.getKey(), e.getValue());
        }
        for (Parameter p : source.parameters()) {
            String e = source.keywords().getOrNull("$P" + (p.index() + 1) + "E");
            if (e != null && p.isLog()) {
                out.put("APOGATE_SOURCE_P" + (p.index() + 1) + "E", e.trim());
            }
        }
        return out;
    }

    /**
     * Writes every subset in one pass over {@code source}. A failure while reading or writing leaves
     * every target as it was and removes the temp files; only the final renames touch the targets.
     *
     * @return events written per subset, in order
     */
    public static long[] write(DataSet source, List<Subset> subsets) {
        List<WriterChannel> channels = new ArrayList<>();
        for (Parameter p : source.parameters()) {
            // Float data has no meaningful $PnR of 0; 1 marks "unknown" as our own transforms read it.
            channels.add(new WriterChannel(p.name(), p.stain(), p.range() > 0 ? p.range() : 1));
        }
        Map<String, String> carried = carriedKeywords(source);
        int n = subsets.size();
        Path[] temps = new Path[n];
        FcsWriter[] writers = new FcsWriter[n];
        BitSet[] members = new BitSet[n];
        long[] written = new long[n];
        boolean done = false;
        try {
            for (int k = 0; k < n; k++) {
                Subset s = subsets.get(k);
                Path target = s.target().toAbsolutePath();
                Files.createDirectories(target.getParent());
                temps[k] = target.resolveSibling(AtomicFiles.TEMP_PREFIX + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                Map<String, String> kw = new LinkedHashMap<>(carried);
                kw.putAll(s.keywords());
                writers[k] = FcsWriter.create(temps[k], channels, kw, WriterOptions.float32(ByteOrder.LITTLE_ENDIAN));
                members[k] = s.members();
            }
            if (n > 0) {
                stream(source, members, writers);
            }
            for (int k = 0; k < n; k++) {
                written[k] = writers[k].eventsWritten();
                writers[k].close();
                force(temps[k]);
            }
            for (int k = 0; k < n; k++) {
                moveIntoPlace(temps[k], subsets.get(k).target().toAbsolutePath());
                temps[k] = null;
            }
            done = true;
            return written;
        } catch (IOException e) {
            throw new PipelineException("cannot write event export " + subsets.get(0).target() + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new PipelineException("cannot write event export: " + e.getMessage() + ": " + e.getCause().getMessage(), e);
        } finally {
            if (!done) {
                cleanUp(writers, temps);
            }
        }
    }

    /** One pass: each block's member events are gathered into a per-subset buffer block and appended. */
    private static void stream(DataSet source, BitSet[] members, FcsWriter[] writers) {
        int channels = source.parameterCount();
        EventBlock out = new EventBlock(channels, BLOCK);
        try (EventSource src = source.openEvents(ValueScale.RAW, BLOCK)) {
            for (EventBlock b = src.next(); b != null; b = src.next()) {
                int first = Math.toIntExact(b.firstEvent());
                int end = first + b.size();
                for (int k = 0; k < members.length; k++) {
                    int m = 0;
                    for (int e = members[k].nextSetBit(first); e >= 0 && e < end; e = members[k].nextSetBit(e + 1)) {
                        int i = e - first;
                        for (int c = 0; c < channels; c++) {
                            out.column(c)[m] = b.column(c)[i];
                        }
                        m++;
                    }
                    if (m > 0) {
                        out.reset(m, 0);
                        writers[k].append(out);
                    }
                }
            }
        }
    }

    /** FcsWriter closes without fsync; the rename must not publish bytes still in the page cache. */
    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void cleanUp(FcsWriter[] writers, Path[] temps) {
        for (int k = 0; k < writers.length; k++) {
            try {
                if (writers[k] != null) {
                    writers[k].close();
                }
            } catch (RuntimeException ignored) {
                // the write already failed; the temp file is removed below
            }
            try {
                if (temps[k] != null) {
                    Files.deleteIfExists(temps[k]);
                }
            } catch (IOException ignored) {
                // nothing more to do: the name marks it as an ApoGate temp file
            }
        }
    }
}
