package org.apogate.gating;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.EventBlock;
import org.apogate.transform.Transform;

/**
 * Turns a raw block into one column per distinct gate dimension: compensated by the dimension's own
 * matrix reference (on copies), fratio-combined when it is a ratio, then transformed. Each distinct
 * dimension is computed once per block however many gates share it.
 */
final class DimensionColumns {
    /** Stage number of the file-spillover stage in a {@link Source}. */
    private static final int FILE_SPILLOVER = -2;
    /** Stage number meaning "the raw block column". */
    private static final int RAW = -1;

    /** Where a channel's values come from: a raw column, the file-spillover stage, or a matrix stage's output. */
    private record Source(int stage, int column) {
    }

    private record Slot(Source first, Source second, RatioTransform ratio, Transform transform) {
    }

    private final List<String> channelNames;
    private final Map<Dimension, Integer> slotIndex = new LinkedHashMap<>();
    private final List<Slot> slots = new ArrayList<>();
    private final List<MatrixStage> stages = new ArrayList<>();
    private final Map<String, Integer> stageIndex = new LinkedHashMap<>();
    private final FileSpilloverStage fileStage = new FileSpilloverStage();
    private final GatingStrategy strategy;
    private final SpilloverMatrix fileSpillover;
    private double[][] buffers = new double[0][0];
    private final double[][] columns;

    DimensionColumns(GatingStrategy strategy, List<String> channelNames, SpilloverMatrix fileSpillover) {
        this(strategy, channelNames, fileSpillover, DimensionColumns::dimensionsOf);
    }

    /**
     * @param planned the dimensions to compute for each gate (its own by default; a counter may ask
     *                for a quadrant's dimensions on the data scale instead, see {@link PopulationCounter})
     */
    DimensionColumns(GatingStrategy strategy, List<String> channelNames, SpilloverMatrix fileSpillover,
                     java.util.function.Function<Gate, List<Dimension>> planned) {
        this.strategy = strategy;
        this.channelNames = List.copyOf(channelNames);
        this.fileSpillover = fileSpillover;
        for (Gate g : strategy.gates()) {
            for (Dimension d : planned.apply(g)) {
                slot(g.id(), d);
            }
        }
        this.columns = new double[slots.size()][];
        if (fileStage.isUsed()) {
            fileStage.prepare(fileSpillover, channelNames);
        }
    }

    /** A gate's own dimensions (none for a boolean gate). */
    static List<Dimension> dimensionsOf(Gate g) {
        return g instanceof GeometricGate geo ? geo.dimensions() : g instanceof QuadrantGate q ? q.dimensions() : List.of();
    }

    /** Index of a dimension's column in {@link #compute}'s result. */
    int slotOf(Dimension d) {
        Integer i = slotIndex.get(d);
        if (i == null) {
            throw new GatingException("dimension " + d + " was not planned");
        }
        return i;
    }

    /** {@link #slotOf} for each dimension, in order. */
    int[] slotsOf(List<Dimension> dims) {
        int[] s = new int[dims.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = slotOf(dims.get(i));
        }
        return s;
    }

    private int slot(String gateId, Dimension d) {
        Integer existing = slotIndex.get(d);
        if (existing != null) {
            return existing;
        }
        Transform t = d.transformationRef() == null ? null
                : strategy.transforms().get(d.transformationRef()).function();
        Slot s;
        if (d instanceof Dimension.Channel c) {
            s = new Slot(source(gateId, c.name(), c.compensationRef()), null, null, t);
        } else {
            Dimension.Ratio r = (Dimension.Ratio) d;
            s = new Slot(source(gateId, r.ratio().numerator(), r.compensationRef()),
                    source(gateId, r.ratio().denominator(), r.compensationRef()), r.ratio(), t);
        }
        slots.add(s);
        slotIndex.put(d, slots.size() - 1);
        return slots.size() - 1;
    }

    private Source source(String gateId, String name, String compensationRef) {
        if (compensationRef.equals(Dimension.UNCOMPENSATED)
                || (compensationRef.equals(Dimension.FCS) && fileSpillover == null)) {
            return new Source(RAW, channel(gateId, name)); // no spillover in the file: as acquired
        }
        if (compensationRef.equals(Dimension.FCS)) {
            channel(gateId, name); // fail here, naming the gate, when the channel is absent
            return new Source(FILE_SPILLOVER, fileStage.target(name));
        }
        int stage = stage(gateId, compensationRef);
        int out = stages.get(stage).outputIndex(name);
        if (out >= 0) {
            return new Source(stage, out);
        }
        throw new GatingException("gate " + gateId + ": " + name + " is not a fluorochrome of spectrumMatrix "
                + compensationRef);
    }

    private int channel(String gateId, String name) {
        int i = channelNames.indexOf(name);
        if (i < 0) {
            throw new GatingException("gate " + gateId + ": channel " + name + " is not in the data (channels: "
                    + String.join(", ", channelNames) + ")");
        }
        return i;
    }

    private int stage(String gateId, String compensationRef) {
        Integer existing = stageIndex.get(compensationRef);
        if (existing != null) {
            return existing;
        }
        SpectrumMatrix m = strategy.matrices().get(compensationRef);
        int[] detectorColumns = new int[m.detectors().size()];
        for (int d = 0; d < detectorColumns.length; d++) {
            detectorColumns[d] = channel(gateId, m.detectors().get(d));
        }
        stages.add(new MatrixStage(m.fluorochromes(), detectorColumns, m.compensationMatrix()));
        stageIndex.put(compensationRef, stages.size() - 1);
        return stages.size() - 1;
    }

    /** The block columns {@link #compute} reads: raw dimensions and every compensation input. */
    java.util.BitSet channelsRead() {
        java.util.BitSet read = new java.util.BitSet();
        for (Slot slot : slots) {
            for (Source src : new Source[] {slot.first(), slot.second()}) {
                if (src == null) {
                    continue;
                }
                if (src.stage() == RAW) {
                    read.set(src.column());
                } else if (src.stage() == FILE_SPILLOVER) {
                    for (int c : fileStage.sourceColumns()) {
                        read.set(c);
                    }
                } else {
                    for (int c : stages.get(src.stage()).detectorColumns()) {
                        read.set(c);
                    }
                }
            }
        }
        return read;
    }

    /** The dimension columns of this block, valid until the next call; rows follow {@link #slotOf}. */
    double[][] compute(EventBlock block) {
        int n = block.size();
        if (fileStage.isUsed()) {
            fileStage.compute(block);
        }
        for (MatrixStage stage : stages) {
            stage.compute(block);
        }
        if (buffers.length != slots.size() || (buffers.length > 0 && buffers[0].length < n)) {
            buffers = new double[slots.size()][Math.max(n, block.capacity())];
        }
        for (int s = 0; s < slots.size(); s++) {
            Slot slot = slots.get(s);
            double[] first = values(block, slot.first());
            if (slot.ratio() == null && slot.transform() == null) {
                columns[s] = first; // read-only use: no copy needed
                continue;
            }
            double[] out = buffers[s];
            if (slot.ratio() != null) {
                double[] second = values(block, slot.second());
                RatioTransform r = slot.ratio();
                for (int i = 0; i < n; i++) {
                    out[i] = r.apply(first[i], second[i]);
                }
            } else {
                System.arraycopy(first, 0, out, 0, n);
            }
            if (slot.transform() != null) {
                slot.transform().applyInPlace(out, n);
            }
            columns[s] = out;
        }
        return columns;
    }

    private double[] values(EventBlock block, Source src) {
        return switch (src.stage()) {
            case RAW -> block.column(src.column());
            case FILE_SPILLOVER -> fileStage.output(src.column());
            default -> stages.get(src.stage()).output(src.column());
        };
    }
}
