package org.apogate.fcs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * One data set of an FCS file: its HEADER, keywords and parameters, read eagerly, and its events,
 * streamed on demand. Immutable and safe to share; every {@link #openEvents} call opens an
 * independent source on its own file handle.
 */
public final class DataSet {
    /** Default number of events per block. */
    public static final int DEFAULT_BLOCK = 65536;

    private final Path file;
    private final int index;
    private final long base;
    private final String version;
    private final SegmentOffsets header;
    private final Keywords keywords;
    private final List<Parameter> parameters;
    private final List<ReadIssue> issues;
    private final DataLocator.Location location;   // null when DATA cannot be decoded
    private final FcsFormatException dataProblem;   // why, when location is null
    private final long declaredEvents;
    private final long analysisStart;
    private final long analysisEnd;
    private final double timestep;

    DataSet(Path file, int index, long base, String version, SegmentOffsets header, Keywords keywords,
            List<Parameter> parameters, List<ReadIssue> issues, DataLocator.Location location,
            FcsFormatException dataProblem, long declaredEvents, long analysisStart, long analysisEnd, double timestep) {
        this.file = file;
        this.index = index;
        this.base = base;
        this.version = version;
        this.header = header;
        this.keywords = keywords;
        this.parameters = List.copyOf(parameters);
        this.issues = List.copyOf(issues);
        this.location = location;
        this.dataProblem = dataProblem;
        this.declaredEvents = declaredEvents;
        this.analysisStart = analysisStart;
        this.analysisEnd = analysisEnd;
        this.timestep = timestep;
    }

    /** 0-based position in the $NEXTDATA chain. */
    public int index() {
        return index;
    }

    /** Absolute file offset of this data set's HEADER (0 for the first). */
    public long offset() {
        return base;
    }

    /** "2.0", "3.0", "3.1" or "3.2". */
    public String version() {
        return version;
    }

    /** Offsets as written in HEADER, relative to {@link #offset()}. */
    public SegmentOffsets header() {
        return header;
    }

    /** TEXT keywords, supplemental TEXT merged in (primary wins). */
    public Keywords keywords() {
        return keywords;
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    public int parameterCount() {
        return parameters.size();
    }

    /**
     * Events the DATA segment holds: $TOT, or the count derived from the DATA length when $TOT is 0,
     * missing or the file is truncated (see {@link #issues()}); $TOT as declared when DATA is unusable.
     */
    public long eventCount() {
        return location != null ? location.events() : declaredEvents;
    }

    /** Index of the parameter with this $PnN: exact match first, then case-insensitive; -1 if absent. */
    public int channelIndex(String pnn) {
        if (pnn == null) {
            return -1;
        }
        String want = pnn.trim();
        for (Parameter p : parameters) {
            if (p.name().equals(want)) {
                return p.index();
            }
        }
        for (Parameter p : parameters) {
            if (p.name().equalsIgnoreCase(want)) {
                return p.index();
            }
        }
        return -1;
    }

    /** Recoveries and warnings found while reading this data set. */
    public List<ReadIssue> issues() {
        return issues;
    }

    /** True when events can be streamed; otherwise {@link #openEvents} throws {@link #dataProblem()}. */
    public boolean hasReadableData() {
        return location != null;
    }

    /** Why DATA cannot be decoded, if it cannot. */
    public Optional<FcsFormatException> dataProblem() {
        return Optional.ofNullable(dataProblem);
    }

    /** Absolute offset of the first DATA byte actually used, or -1 when DATA is unusable. */
    public long dataStart() {
        return location != null ? location.start() : -1;
    }

    /** Absolute offset of the last DATA byte actually used (inclusive), or -1 when unusable. */
    public long dataEnd() {
        return location != null ? location.end() : -1;
    }

    /** Bytes per event record (0 for delimited ASCII or unusable DATA). */
    public int eventBytes() {
        return location != null ? location.layout().eventBytes : 0;
    }

    /** $TIMESTEP when it is a positive number, else 1. */
    public double timestep() {
        return timestep;
    }

    /** The raw ANALYSIS segment, read now; empty when the data set has none. */
    public Optional<byte[]> analysis() {
        if (analysisStart <= 0 || analysisEnd < analysisStart) {
            return Optional.empty();
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            return Optional.of(FileBytes.read(ch, file, analysisStart, analysisEnd - analysisStart + 1, "ANALYSIS segment"));
        } catch (IOException e) {
            throw new FcsFormatException(file, -1, "$BEGINANALYSIS", "a readable ANALYSIS segment (" + e + ")", e);
        }
    }

    /** RAW values in blocks of {@value #DEFAULT_BLOCK} events. */
    public EventSource openEvents() {
        return openEvents(ValueScale.RAW, DEFAULT_BLOCK);
    }

    /** A fresh, independent stream of this data set's events. */
    public EventSource openEvents(ValueScale scale, int blockSize) {
        return openEvents(scale, blockSize, BinaryEventSource.MAP_WINDOW_BYTES);
    }

    /**
     * A stream that decodes only the columns in {@code channels} (0-based): the others are NaN for
     * fixed-width layouts, so a reader that needs few of many channels skips the rest of the work.
     * Delimited-ASCII data must be parsed whole, and there every column holds its value.
     */
    public EventSource openEvents(ValueScale scale, int blockSize, java.util.BitSet channels) {
        return openEvents(scale, blockSize, BinaryEventSource.MAP_WINDOW_BYTES, channels);
    }

    EventSource openEvents(ValueScale scale, int blockSize, int mapWindowBytes) {
        return openEvents(scale, blockSize, mapWindowBytes, null);
    }

    EventSource openEvents(ValueScale scale, int blockSize, int mapWindowBytes, java.util.BitSet channels) {
        if (blockSize < 1) {
            throw new IllegalArgumentException("blockSize must be >= 1");
        }
        if (location == null) {
            throw dataProblem;
        }
        if (location.layout().delimitedAscii) {
            return new DelimitedAsciiSource(file, location, parameters.size(), blockSize,
                    new ValueScaler(parameters, scale, timestep));
        }
        java.util.BitSet decoded = channels == null ? null : (java.util.BitSet) channels.clone();
        if (decoded != null && decoded.length() > parameters.size()) {
            throw new IllegalArgumentException("channel " + (decoded.length() - 1) + " asked for, data set has "
                    + parameters.size());
        }
        return new BinaryEventSource(file, location, blockSize, new ValueScaler(parameters, scale, timestep, decoded),
                mapWindowBytes, decoded);
    }

    DataSet withExtraIssue(ReadIssue issue) {
        List<ReadIssue> more = new java.util.ArrayList<>(issues);
        more.add(issue);
        return new DataSet(file, index, base, version, header, keywords, parameters, more, location, dataProblem,
                declaredEvents, analysisStart, analysisEnd, timestep);
    }

    @Override
    public String toString() {
        return file + " data set " + index + " (FCS " + version + ", " + parameters.size() + " parameters, "
                + eventCount() + " events)";
    }
}
