package org.apogate.compensation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apogate.fcs.EventBlock;

/**
 * Compensates event blocks with a spillover matrix: {@code compensated = raw x inverse(S)} over the
 * matrix channels (see {@link SpilloverMatrix} for the row/column convention). Channels the matrix
 * does not name pass through untouched. Matrix channels the file lacks are left out (the sub-matrix
 * over the present channels is inverted) and reported by {@link #warnings()}.
 *
 * <p>Immutable and thread-safe: scratch space is allocated per block, never per event.
 */
public final class Compensator {
    private final String source;
    private final List<String> fileChannels;
    private final List<String> channels;   // matrix channels present in the file, matrix order
    private final int[] columns;           // block column of each of those channels
    private final double[][] inverse;      // inverse of S restricted to those channels
    private final CompensationRow[] rows;  // per output channel, sources index into channels
    private final boolean identity;
    private final List<String> missing;
    private final List<String> warnings;

    private Compensator(String source, List<String> fileChannels, List<String> channels, int[] columns,
            double[][] inverse, boolean identity, List<String> missing, List<String> warnings) {
        this.source = source;
        this.fileChannels = List.copyOf(fileChannels);
        this.channels = List.copyOf(channels);
        this.columns = columns;
        this.inverse = inverse;
        this.identity = identity;
        this.missing = List.copyOf(missing);
        this.warnings = List.copyOf(warnings);
        int[] local = new int[channels.size()];
        for (int k = 0; k < local.length; k++) {
            local[k] = k;
        }
        this.rows = new CompensationRow[channels.size()];
        for (int t = 0; t < rows.length; t++) {
            rows[t] = CompensationRow.ofInverseColumn(inverse, t, local);
        }
    }

    /**
     * Maps the matrix channels onto the file's columns and inverts the matrix.
     *
     * @param fileChannelNames the data set's $PnN names, in block column order
     * @throws CompensationException when no matrix channel is in the file, a channel is named twice,
     *                               or the (sub-)matrix is singular or ill-conditioned
     */
    public static Compensator of(SpilloverMatrix s, List<String> fileChannelNames) {
        List<String> present = new ArrayList<>();
        List<Integer> presentIndex = new ArrayList<>();
        List<Integer> blockColumns = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String name = s.channels().get(i);
            int column = ChannelMatch.find(name, fileChannelNames);
            if (column < 0) {
                missing.add(name);
                continue;
            }
            if (blockColumns.contains(column)) {
                throw new CompensationException(s.source() + ": matrix channels "
                        + Quoted.of(present.get(blockColumns.indexOf(column))) + " and " + Quoted.of(name)
                        + " both match file channel " + Quoted.of(fileChannelNames.get(column))
                        + ": expected one matrix row per channel");
            }
            if (!fileChannelNames.get(column).equals(name)) {
                warnings.add(s.source() + ": matrix channel " + Quoted.of(name) + " matched file channel "
                        + Quoted.of(fileChannelNames.get(column)) + " ignoring case and padding");
            }
            present.add(name);
            presentIndex.add(i);
            blockColumns.add(column);
        }
        if (present.isEmpty() && s.size() > 0) {
            throw new CompensationException(s.source() + ": none of the matrix channels " + Quoted.list(s.channels())
                    + " is a channel of the data (" + Quoted.list(fileChannelNames)
                    + "): expected matching $PnN names");
        }
        if (!missing.isEmpty()) {
            warnings.add(s.source() + ": matrix channels " + Quoted.list(missing)
                    + " are not in the data; compensating the other "
                    + present.size() + " without them");
        }
        int m = present.size();
        double[][] sub = new double[m][m];
        boolean identity = true;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                sub[a][b] = s.get(presentIndex.get(a), presentIndex.get(b));
                identity &= sub[a][b] == (a == b ? 1.0 : 0.0);
            }
        }
        double[][] inverse = identity ? identityMatrix(m) : SpilloverInverse.invert(sub, s.source());
        int[] columns = blockColumns.stream().mapToInt(Integer::intValue).toArray();
        return new Compensator(s.source(), fileChannelNames, present, columns, inverse, identity, missing, warnings);
    }

    private static double[][] identityMatrix(int m) {
        double[][] id = new double[m][m];
        for (int i = 0; i < m; i++) {
            id[i][i] = 1.0;
        }
        return id;
    }

    /** Compensates the matrix channels of {@code block} in place, events {@code [0, size())}. */
    public void apply(EventBlock block) {
        if (identity) {
            return;
        }
        checkWidth(block);
        int m = columns.length;
        double[][] cols = new double[m][];
        for (int k = 0; k < m; k++) {
            cols[k] = block.column(columns[k]);
        }
        double[] raw = new double[m];
        int n = block.size();
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                raw[k] = cols[k][i];
            }
            for (int t = 0; t < m; t++) {
                int[] src = rows[t].sources;
                double[] w = rows[t].weights;
                double sum = 0.0;
                for (int q = 0; q < src.length; q++) {
                    sum += w[q] * raw[src[q]];
                }
                cols[t][i] = sum;
            }
        }
    }

    /**
     * A compensator for only the named file channels (e.g. the two gating channels of a 14-colour
     * file): each costs one sparse dot product per event. A target the matrix does not name is
     * copied through.
     *
     * @throws CompensationException naming the channel and the matrix source when a target is not in the file
     */
    public TargetedCompensator forTargets(List<String> targets) {
        int[] targetColumns = new int[targets.size()];
        for (int t = 0; t < targets.size(); t++) {
            int column = ChannelMatch.find(targets.get(t), fileChannels);
            if (column < 0) {
                throw new CompensationException(source + ": target channel " + Quoted.of(targets.get(t))
                        + " is not a channel of the data (" + Quoted.list(fileChannels) + "): expected a $PnN name");
            }
            targetColumns[t] = column;
        }
        return new TargetedCompensator(targets, targetColumns, rowsFor(targetColumns));
    }

    /**
     * Computes compensated values of the given block columns into {@code out[t][0..size)} without
     * touching the block. Prefer {@link #forTargets} when called for many blocks.
     */
    public void applyTo(EventBlock block, int[] targetColumns, double[][] out) {
        checkWidth(block);
        for (int c : targetColumns) {
            if (c < 0 || c >= block.channels()) {
                throw new IllegalArgumentException("target column " + c + " outside [0, " + block.channels() + ")");
            }
        }
        TargetedCompensator.compute(block, rowsFor(targetColumns), out);
    }

    private CompensationRow[] rowsFor(int[] targetColumns) {
        CompensationRow[] result = new CompensationRow[targetColumns.length];
        for (int t = 0; t < targetColumns.length; t++) {
            int local = indexOfColumn(targetColumns[t]);
            result[t] = local < 0 || identity
                    ? CompensationRow.passThrough(targetColumns[t])
                    : CompensationRow.ofInverseColumn(inverse, local, columns);
        }
        return result;
    }

    private void checkWidth(EventBlock block) {
        if (block.channels() != fileChannels.size()) {
            throw new IllegalArgumentException("block has " + block.channels() + " channels, compensator was made for "
                    + fileChannels.size() + " " + fileChannels);
        }
    }

    private int indexOfColumn(int column) {
        for (int k = 0; k < columns.length; k++) {
            if (columns[k] == column) {
                return k;
            }
        }
        return -1;
    }

    /** A copy of inverse(S) over {@link #channels()}: row = input channel, column = compensated channel. */
    public double[][] inverse() {
        return Columns.copy(inverse);
    }

    /** The matrix channels found in the data, in matrix order (the order of {@link #inverse()}). */
    public List<String> channels() {
        return channels;
    }

    /** The block column of each of {@link #channels()}. */
    public int[] columns() {
        return columns.clone();
    }

    /** For reporting: each matrix channel found in the data, in matrix order, mapped to its block column. */
    public Map<String, Integer> channelMapping() {
        Map<String, Integer> mapping = new LinkedHashMap<>();
        for (int k = 0; k < channels.size(); k++) {
            mapping.put(channels.get(k), columns[k]);
        }
        return Collections.unmodifiableMap(mapping);
    }

    /** Matrix channels that the data lacks (left out of compensation). */
    public List<String> missingChannels() {
        return missing;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** True when applying changes nothing (identity or empty matrix over the present channels). */
    public boolean isIdentity() {
        return identity;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Compensator[%s, %d channels%s]", source, channels.size(),
                missing.isEmpty() ? "" : ", missing " + Quoted.list(missing));
    }
}
