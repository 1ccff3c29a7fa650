package org.apogate.gating;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.compensation.SpilloverMatrix;
import org.apogate.fcs.EventBlock;
import org.apogate.fcs.EventSource;
import org.apogate.transform.Transform;

/**
 * Population counts of a strategy without boolean gates, in one streaming pass and without
 * membership masks: each gate is evaluated only on its parent's events of the block (gathered), so
 * membership is "own and parent's" exactly as in {@link GateEvaluator}, which stays the reference
 * (and what callers use when they need memberships or boolean gates).
 */
public final class PopulationCounter {
    private final GatingStrategy strategy;
    private final DimensionColumns dimensions;
    /** Gates in an order where every parent comes before its children. */
    private final List<Unit> units = new ArrayList<>();
    /** Population id -> index into the counts array. */
    private final Map<String, Integer> populationIndex = new LinkedHashMap<>();
    /** Populations whose event rows a block keeps: those a gate below them evaluates. */
    private final boolean[] keepsRows;

    /** One gate's evaluation: which population's events it sees and which populations it fills. */
    private abstract static class Unit {
        int parent = -1; // population index, -1 for all events
        int[] slots;
        boolean hasChildren; // whether a population this gate fills is the parent of another gate
    }

    private static final class GeometricUnit extends Unit {
        GeometricGate.Prepared gate;
        int population;
    }

    private static final class QuadrantUnit extends Unit {
        QuadrantCells cells;
        int[] populations;     // per quadrant, its population index
        long[] cellCounts;     // scratch: events per cell in the current block
    }

    /** Counts of one contiguous run of events; parts of one data set add up. */
    public record Part(long[] counts, long events) {
    }

    /** Whether {@link PopulationCounter} can count this strategy (else use {@link GateEvaluator}). */
    public static boolean supports(GatingStrategy strategy) {
        for (Gate g : strategy.gates()) {
            if (g instanceof BooleanGate) {
                return false;
            }
            if (g instanceof QuadrantGate q && !QuadrantCells.fits(q)) {
                return false;
            }
        }
        return true;
    }

    public PopulationCounter(GatingStrategy strategy, List<String> channelNames, SpilloverMatrix fileSpillover) {
        if (!supports(strategy)) {
            throw new GatingException("this strategy needs the mask evaluator (boolean gates or very large quadrant gates)");
        }
        this.strategy = strategy;
        this.dimensions = new DimensionColumns(strategy, channelNames, fileSpillover,
                g -> g instanceof QuadrantGate q ? countedDimensions(q) : DimensionColumns.dimensionsOf(g));
        for (GatingStrategy.Population p : strategy.populations()) {
            populationIndex.put(p.id(), populationIndex.size());
        }
        Map<String, Unit> byGate = new LinkedHashMap<>();
        for (Gate g : strategy.gates()) {
            byGate.put(g.id(), g instanceof QuadrantGate q ? quadrantUnit(q) : geometricUnit((GeometricGate) g));
        }
        Map<String, Integer> state = new HashMap<>();
        for (Gate g : strategy.gates()) {
            order(g, byGate, state);
        }
        for (Gate g : strategy.gates()) {
            if (g.parentId() != null) {
                Gate parent = strategy.population(g.parentId()).gate();
                byGate.get(parent.id()).hasChildren = true;
            }
        }
        this.keepsRows = new boolean[populationIndex.size()];
        for (Unit u : units) {
            if (u.hasChildren) {
                if (u instanceof GeometricUnit g) {
                    keepsRows[g.population] = true;
                } else {
                    for (int p : ((QuadrantUnit) u).populations) {
                        keepsRows[p] = true;
                    }
                }
            }
        }
    }

    private GeometricUnit geometricUnit(GeometricGate g) {
        GeometricUnit u = new GeometricUnit();
        u.gate = g.prepare();
        u.population = populationIndex.get(g.id());
        u.parent = g.parentId() == null ? -1 : populationIndex.get(g.parentId());
        u.slots = dimensions.slotsOf(g.dimensions());
        return u;
    }

    /**
     * The divider's cuts taken back to the data scale, or null when they stay on the transformed one.
     * They move when the transform is strictly increasing everywhere (logicle, hyperlog, fasinh,
     * flin): then {@code T(x) >= c} exactly when {@code x >= T^-1(c)}, so counting compares
     * untransformed values with one exact inverse per cut and never transforms an event. They stay
     * when a cut has no finite preimage or two cuts would merge. Per-event memberships
     * ({@link GateEvaluator}) still transform, as Gating-ML states the gate.
     */
    private double[] dataCuts(QuadrantGate.Divider divider) {
        String ref = divider.dimension().transformationRef();
        Transform t = ref == null ? null : strategy.transforms().get(ref).function();
        if (t == null || !t.increasingEverywhere()) {
            return null;
        }
        double[] cuts = divider.values();
        double[] out = new double[cuts.length];
        for (int k = 0; k < cuts.length; k++) {
            out[k] = t.inverse(cuts[k]);
            if (!Double.isFinite(out[k]) || (k > 0 && !(out[k] > out[k - 1]) && cuts[k] > cuts[k - 1])) {
                return null;
            }
        }
        return out;
    }

    /** A quadrant gate's dimensions as counting computes them: on the data scale where the cuts move. */
    private List<Dimension> countedDimensions(QuadrantGate q) {
        List<Dimension> dims = new ArrayList<>();
        for (QuadrantGate.Divider d : q.dividers()) {
            dims.add(dataCuts(d) != null ? d.dimension().untransformed() : d.dimension());
        }
        return dims;
    }

    private QuadrantUnit quadrantUnit(QuadrantGate q) {
        QuadrantUnit u = new QuadrantUnit();
        u.parent = q.parentId() == null ? -1 : populationIndex.get(q.parentId());
        u.slots = dimensions.slotsOf(countedDimensions(q));
        double[][] cuts = new double[q.dividers().size()][];
        for (int d = 0; d < cuts.length; d++) {
            QuadrantGate.Divider divider = q.dividers().get(d);
            double[] moved = dataCuts(divider);
            cuts[d] = moved != null ? moved : divider.values();
        }
        u.cells = new QuadrantCells(q, cuts);
        u.cellCounts = new long[u.cells.cells()];
        u.populations = new int[q.quadrants().size()];
        for (int k = 0; k < u.populations.length; k++) {
            u.populations[k] = populationIndex.get(q.quadrants().get(k).id());
        }
        return u;
    }

    private void order(Gate g, Map<String, Unit> byGate, Map<String, Integer> state) {
        if (state.containsKey(g.id())) {
            return;
        }
        state.put(g.id(), 1);
        if (g.parentId() != null) {
            Gate parentGate = strategy.population(g.parentId()).gate();
            order(parentGate, byGate, state);
        }
        units.add(byGate.get(g.id()));
    }

    /** The data-set columns counting reads (a source may decode only these). */
    public java.util.BitSet channelsRead() {
        return dimensions.channelsRead();
    }

    /** Counts the events of {@code events}, one entry per population in strategy order. */
    public Part countPart(EventSource events) {
        int populations = populationIndex.size();
        long[] counts = new long[populations];
        int[][] rows = new int[populations][];
        int[] rowCount = new int[populations];
        double[][] gathered = new double[0][];
        boolean[] inside = new boolean[0];
        int[] codes = new int[0];
        long total = 0;
        EventBlock block;
        while ((block = events.next()) != null) {
            int n = block.size();
            if (inside.length < n) {
                inside = new boolean[n];
                codes = new int[n];
                for (int p = 0; p < populations; p++) {
                    rows[p] = keepsRows[p] ? new int[n] : null;
                }
                gathered = new double[maxSlots()][n];
            }
            double[][] cols = dimensions.compute(block);
            for (Unit u : units) {
                int m = u.parent < 0 ? n : rowCount[u.parent];
                int[] parentRows = u.parent < 0 ? null : rows[u.parent];
                double[][] in = gather(cols, u.slots, parentRows, m, gathered);
                if (u instanceof GeometricUnit g) {
                    g.gate.evaluate(in, m, inside);
                    int k = g.hasChildren ? memberRows(inside, m, parentRows, rows[g.population]) : countTrue(inside, m);
                    rowCount[g.population] = k;
                    counts[g.population] += k;
                } else {
                    countQuadrants((QuadrantUnit) u, in, m, parentRows, codes, rows, rowCount, counts);
                }
            }
            total += n;
        }
        return new Part(counts, total);
    }

    private static int memberRows(boolean[] inside, int m, int[] parentRows, int[] out) {
        int k = 0;
        for (int j = 0; j < m; j++) {
            if (inside[j]) {
                out[k++] = parentRows == null ? j : parentRows[j];
            }
        }
        return k;
    }

    private static int countTrue(boolean[] inside, int m) {
        int k = 0;
        for (int j = 0; j < m; j++) {
            k += inside[j] ? 1 : 0;
        }
        return k;
    }

    private int maxSlots() {
        int max = 0;
        for (Unit u : units) {
            max = Math.max(max, u.slots.length);
        }
        return max;
    }

    /** The unit's dimension columns over its parent's rows (the block's own columns at the root). */
    private static double[][] gather(double[][] cols, int[] slots, int[] parentRows, int m, double[][] gathered) {
        double[][] in = new double[slots.length][];
        for (int d = 0; d < slots.length; d++) {
            double[] src = cols[slots[d]];
            if (parentRows == null) {
                in[d] = src;
                continue;
            }
            double[] dst = gathered[d];
            for (int j = 0; j < m; j++) {
                dst[j] = src[parentRows[j]];
            }
            in[d] = dst;
        }
        return in;
    }

    private static void countQuadrants(QuadrantUnit u, double[][] in, int m, int[] parentRows, int[] codes,
                                       int[][] rows, int[] rowCount, long[] counts) {
        u.cells.codes(in, m, codes);
        if (!u.hasChildren) {
            // nothing below the quadrants: a histogram of cells is all the counts need
            long[] perCell = u.cellCounts;
            java.util.Arrays.fill(perCell, 0);
            for (int j = 0; j < m; j++) {
                perCell[codes[j]]++;
            }
            for (int cell = 0; cell < perCell.length; cell++) {
                for (long set = u.cells.quadrantsOf(cell); set != 0; set &= set - 1) {
                    counts[u.populations[Long.numberOfTrailingZeros(set)]] += perCell[cell];
                }
            }
            return;
        }
        for (int q = 0; q < u.populations.length; q++) {
            rowCount[u.populations[q]] = 0;
        }
        for (int j = 0; j < m; j++) {
            for (long set = u.cells.quadrantsOf(codes[j]); set != 0; set &= set - 1) {
                int pop = u.populations[Long.numberOfTrailingZeros(set)];
                rows[pop][rowCount[pop]++] = parentRows == null ? j : parentRows[j];
            }
        }
        for (int q = 0; q < u.populations.length; q++) {
            counts[u.populations[q]] += rowCount[u.populations[q]];
        }
    }

    /** The counts of the parts of one data set (together covering it) as one result without memberships. */
    public GatingResult combine(List<Part> parts) {
        long total = 0;
        long[] sum = new long[populationIndex.size()];
        for (Part part : parts) {
            total += part.events();
            for (int p = 0; p < sum.length; p++) {
                sum[p] += part.counts()[p];
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> parents = new HashMap<>();
        for (GatingStrategy.Population p : strategy.populations()) {
            counts.put(p.id(), sum[populationIndex.get(p.id())]);
            parents.put(p.id(), p.parentId());
        }
        return GatingResult.ofCounts(total, counts, parents);
    }

    /** Streams every block of {@code events} once and returns the counts. */
    public GatingResult count(EventSource events) {
        return combine(List.of(countPart(events)));
    }
}
