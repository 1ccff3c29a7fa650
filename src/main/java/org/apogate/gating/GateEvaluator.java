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
    private final List<int[]> geometricSlots = new ArrayList<>();
    private final List<QuadrantGate> quadrantGates = new ArrayList<>();
    private final List<int[]> dividerSlots = new ArrayList<>();

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
                geometricSlots.add(dimensions.slotsOf(geo.dimensions()));
            } else if (g instanceof QuadrantGate q) {
                quadrantGates.add(q);
                dividerSlots.add(dimensions.slotsOf(q.dimensions()));
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
                geometric.get(g).evaluate(gateColumns[g], n, inside);
                own.get(geometric.get(g).id()).add(offset, inside, n);
            }
            for (int q = 0; q < quadrantGates.size(); q++) {
                intervals = evaluateQuadrants(quadrantGates.get(q), dividerSlots.get(q), cols, n, intervals, inside, own, offset);
            }
            offset += n;
        }
        Map<String, BitSet> masks = new HashMap<>();
        own.forEach((id, m) -> masks.put(id, m.toBitSet()));
        long first = Math.max(0, start);
        return new Part(masks, first, offset - first);
    }

    private int[][] evaluateQuadrants(QuadrantGate gate, int[] slots, double[][] cols, int n, int[][] intervals,
                                      boolean[] inside, Map<String, MaskBuilder> own, long offset) {
        int dividers = slots.length;
        if (intervals.length < dividers || (dividers > 0 && intervals[0].length < n)) {
            intervals = new int[Math.max(dividers, intervals.length)][n];
        }
        if (dividers == 2 && gate.dividers().get(0).values().length == 1 && gate.dividers().get(1).values().length == 1
                && allQuadrantsNameBoth(gate)) {
            singleCutCodes(gate, cols[slots[0]], cols[slots[1]], n, intervals[0]);
            markQuadrants(gate, intervals[0], 3, n, inside, own, offset);
            return intervals;
        }
        for (int d = 0; d < dividers; d++) {
            QuadrantGate.Divider divider = gate.dividers().get(d);
            double[] x = cols[slots[d]];
            int[] out = intervals[d];
            for (int i = 0; i < n; i++) {
                out[i] = divider.intervalOf(x[i]);
            }
        }
        if (dividers == 2 && allQuadrantsNameBoth(gate)) {
            // The usual case: one code per event (interval on divider 0, 1), one compare per quadrant.
            int[] a = intervals[0];
            int[] b = intervals[1];
            int base = gate.dividers().get(0).values().length + 2; // intervals are -1..values
            for (int i = 0; i < n; i++) {
                a[i] = (a[i] < 0 || b[i] < 0) ? -1 : a[i] + base * b[i];
            }
            markQuadrants(gate, a, base, n, inside, own, offset);
            return intervals;
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

    /**
     * Codes of the common quadrant gate (two dividers, one cut each), in one pass: interval on the
     * first divider + 3 x interval on the second, -1 for NaN; the same intervals as
     * {@link QuadrantGate.Divider#intervalOf} (a value equal to the cut goes to the upper side).
     */
    private static void singleCutCodes(QuadrantGate gate, double[] x, double[] y, int n, int[] codes) {
        double cx = gate.dividers().get(0).values()[0];
        double cy = gate.dividers().get(1).values()[0];
        for (int i = 0; i < n; i++) {
            double a = x[i];
            double b = y[i];
            codes[i] = (a != a || b != b) ? -1 : (a >= cx ? 1 : 0) + (b >= cy ? 3 : 0);
        }
    }

    /** Each quadrant's members: events whose code is the code of the quadrant's location. */
    private static void markQuadrants(QuadrantGate gate, int[] codes, int base, int n, boolean[] inside,
                                      Map<String, MaskBuilder> own, long offset) {
        QuadrantGate.Divider first = gate.dividers().get(0);
        QuadrantGate.Divider second = gate.dividers().get(1);
        for (QuadrantGate.Quadrant quadrant : gate.quadrants()) {
            int wa = first.intervalOf(quadrant.locations().get(first.id()));
            int wb = second.intervalOf(quadrant.locations().get(second.id()));
            int wanted = (wa < 0 || wb < 0) ? -2 : wa + base * wb;
            for (int i = 0; i < n; i++) {
                inside[i] = codes[i] == wanted;
            }
            own.get(quadrant.id()).add(offset, inside, n);
        }
    }

    private static boolean allQuadrantsNameBoth(QuadrantGate gate) {
        for (QuadrantGate.Quadrant q : gate.quadrants()) {
            if (q.locations().size() != 2 || !q.locations().containsKey(gate.dividers().get(0).id())
                    || !q.locations().containsKey(gate.dividers().get(1).id())) {
                return false;
            }
        }
        return true;
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
