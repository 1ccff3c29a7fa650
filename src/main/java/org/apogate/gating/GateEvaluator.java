package org.apogate.gating;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;

/**
 * Applies a {@link GatingStrategy} to one data set in a single streaming pass. Per block it
 * computes each distinct dimension (compensation on copies, ratio, transform), evaluates the
 * geometric and quadrant gates into bit masks; after the pass it combines boolean gates and parent
 * memberships. Memory is the block buffers plus one bit per event per population.
 */
public final class GateEvaluator {
    private final GatingStrategy strategy;
    private final DimensionColumns dimensions;
    private final List<GeometricGate> geometric = new ArrayList<>();
    private final List<GeometricGate.Prepared> prepared = new ArrayList<>();
    private final List<int[]> geometricSlots = new ArrayList<>();
    private final List<QuadrantGate> quadrantGates = new ArrayList<>();
    private final List<int[]> dividerSlots = new ArrayList<>();
    /** Per quadrant gate, its cell table, or null for a gate too large for one (see {@link QuadrantCells}). */
    private final List<QuadrantCells> quadrantCells = new ArrayList<>();

    /**
     * @param channelNames   the data set's channel names ($PnN) in column order
     * @param fileSpillover  the matrix that compensation-ref="FCS" means (the file's spillover
     *                       keyword or an override), or null when the file has none: then FCS
     *                       dimensions are used as acquired, as Gating-ML specifies
     */
    public GateEvaluator(GatingStrategy strategy, List<String> channelNames, SpilloverMatrix fileSpillover) {
        this.strategy = strategy;
        this.dimensions = new DimensionColumns(strategy, channelNames, fileSpillover);
        for (Gate g : strategy.gates()) {
            if (g instanceof GeometricGate geo) {
                geometric.add(geo);
                prepared.add(geo.prepare());
                geometricSlots.add(dimensions.slotsOf(geo.dimensions()));
            } else if (g instanceof QuadrantGate q) {
                quadrantGates.add(q);
                dividerSlots.add(dimensions.slotsOf(q.dimensions()));
                quadrantCells.add(QuadrantCells.fits(q) ? QuadrantCells.of(q) : null);
            }
        }
    }

    /**
     * Own (not yet parent- or boolean-combined) memberships of one contiguous run of events, which
     * starts at the first block's {@link EventBlock#firstEvent()}: a data set may be evaluated in
     * parts, one evaluator per thread, and the parts combined with {@link #combine(List)}.
     */
    public record Part(Map<String, BitSet> own, long start, long events) {
    }

    /** The data-set columns evaluation reads (a source may decode only these). */
    public java.util.BitSet channelsRead() {
        return dimensions.channelsRead();
    }

    /** Streams every block of {@code events} once and returns memberships and counts. */
    public GatingResult evaluate(EventSource events) {
        return combine(List.of(evaluatePart(events)));
    }

    /** The parts of one data set, together covering events {@code [0, total)}, as one result. */
    public GatingResult combine(List<Part> parts) {
        Map<String, BitSet> masks = new HashMap<>();
        long total = 0;
        for (Part part : parts) {
            part.own().forEach((id, bits) -> masks.merge(id, bits, (a, b) -> {
                a.or(b);
                return a;
            }));
            total = Math.max(total, part.start() + part.events());
        }
        for (GatingStrategy.Population p : strategy.populations()) {
            masks.putIfAbsent(p.id(), new BitSet());
        }
        return combine(masks, total);
    }

    /** Evaluates one run of events (see {@link Part}). */
    public Part evaluatePart(EventSource events) {
        Map<String, MaskBuilder> own = new HashMap<>();
        for (GatingStrategy.Population p : strategy.populations()) {
            own.put(p.id(), new MaskBuilder());
        }
        boolean[] inside = new boolean[0];
        int[][] intervals = new int[0][];
        double[][][] gateColumns = new double[geometric.size()][][];
        for (int g = 0; g < geometric.size(); g++) {
            gateColumns[g] = new double[geometricSlots.get(g).length][];
        }
        long start = -1;
        long offset = 0;
        EventBlock block;
        while ((block = events.next()) != null) {
            if (start < 0) {
                start = block.firstEvent();
                offset = start;
            }
            int n = block.size();
            if (offset + n > Integer.MAX_VALUE) {
                throw new GatingException("data set has more than " + Integer.MAX_VALUE + " events; too many to gate in one pass");
            }
            if (inside.length < n) {
                inside = new boolean[n];
            }
            double[][] cols = dimensions.compute(block);
            for (int g = 0; g < geometric.size(); g++) {
                int[] slots = geometricSlots.get(g);
                for (int d = 0; d < slots.length; d++) {
                    gateColumns[g][d] = cols[slots[d]];
                }
                prepared.get(g).evaluate(gateColumns[g], n, inside);
                own.get(geometric.get(g).id()).add(offset, inside, n);
            }
            for (int q = 0; q < quadrantGates.size(); q++) {
                intervals = evaluateQuadrants(q, cols, n, intervals, inside, own, offset);
            }
            offset += n;
        }
        Map<String, BitSet> masks = new HashMap<>();
        own.forEach((id, m) -> masks.put(id, m.toBitSet()));
        long first = Math.max(0, start);
        return new Part(masks, first, offset - first);
    }

    /**
     * Marks each quadrant's events of this block: through the gate's cell table, or for a gate too
     * large for one, quadrant by quadrant from each divider's intervals.
     */
    private int[][] evaluateQuadrants(int index, double[][] cols, int n, int[][] intervals,
                                      boolean[] inside, Map<String, MaskBuilder> own, long offset) {
        QuadrantGate gate = quadrantGates.get(index);
        int[] slots = dividerSlots.get(index);
        int dividers = slots.length;
        if (intervals.length < Math.max(1, dividers) || intervals[0].length < n) {
            intervals = new int[Math.max(1, dividers)][n];
        }
        double[][] in = new double[dividers][];
        for (int d = 0; d < dividers; d++) {
            in[d] = cols[slots[d]];
        }
        QuadrantCells cells = quadrantCells.get(index);
        if (cells != null) {
            int[] codes = intervals[0];
            cells.codes(in, n, codes);
            for (int q = 0; q < gate.quadrants().size(); q++) {
                for (int i = 0; i < n; i++) {
                    inside[i] = (cells.quadrantsOf(codes[i]) >>> q & 1L) != 0;
                }
                own.get(gate.quadrants().get(q).id()).add(offset, inside, n);
            }
            return intervals;
        }
        for (int d = 0; d < dividers; d++) {
            QuadrantGate.Divider divider = gate.dividers().get(d);
            int[] out = intervals[d];
            for (int i = 0; i < n; i++) {
                out[i] = divider.intervalOf(in[d][i]);
            }
        }
        for (QuadrantGate.Quadrant quadrant : gate.quadrants()) {
            java.util.Arrays.fill(inside, 0, n, true);
            for (Map.Entry<String, Double> pos : quadrant.locations().entrySet()) {
                int d = gate.dividerIndex(pos.getKey());
                int wanted = gate.dividers().get(d).intervalOf(pos.getValue());
                int[] got = intervals[d];
                for (int i = 0; i < n; i++) {
                    inside[i] &= got[i] == wanted;
                }
            }
            own.get(quadrant.id()).add(offset, inside, n);
        }
        return intervals;
    }


    /** Boolean gates and parents, resolved in dependency order (the strategy has no cycles). */
    private GatingResult combine(Map<String, BitSet> own, long total) {
        Map<String, BitSet> full = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (GatingStrategy.Population p : strategy.populations()) {
            resolve(p, own, full, (int) total);
            parents.put(p.id(), p.parentId());
        }
        Map<String, BitSet> ordered = new LinkedHashMap<>();
        for (GatingStrategy.Population p : strategy.populations()) {
            ordered.put(p.id(), full.get(p.id()));
        }
        return new GatingResult(total, ordered, parents);
    }

    private BitSet resolve(GatingStrategy.Population p, Map<String, BitSet> own, Map<String, BitSet> full, int total) {
        BitSet done = full.get(p.id());
        if (done != null) {
            return done;
        }
        BitSet bits;
        if (p.gate() instanceof BooleanGate b) {
            bits = booleanOf(b, own, full, total);
        } else {
            bits = (BitSet) own.get(p.id()).clone();
        }
        if (p.parentId() != null) {
            bits.and(resolve(strategy.population(p.parentId()), own, full, total));
        }
        full.put(p.id(), bits);
        return bits;
    }

    private BitSet booleanOf(BooleanGate b, Map<String, BitSet> own, Map<String, BitSet> full, int total) {
        BitSet result = null;
        for (BooleanGate.Reference r : b.references()) {
            BitSet operand = (BitSet) resolve(strategy.population(r.gateId()), own, full, total).clone();
            if (r.complement()) {
                operand.flip(0, total);
            }
            if (result == null) {
                result = operand;
            } else if (b.operator() == BooleanGate.Operator.OR) {
                result.or(operand);
            } else {
                result.and(operand);
            }
        }
        if (b.operator() == BooleanGate.Operator.NOT) {
            result.flip(0, total);
        }
        return result;
    }
}
