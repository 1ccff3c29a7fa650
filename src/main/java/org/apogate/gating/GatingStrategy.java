package org.apogate.gating;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A complete set of gates with the named transformations and spectrum matrices they refer to.
 * Construction checks every reference (parents, boolean operands, transformations, matrices) and
 * rejects cycles, so an evaluator never meets a dangling id.
 */
public final class GatingStrategy {
    private final List<Gate> gates;
    private final Map<String, ScaleTransform> transforms;
    private final Map<String, SpectrumMatrix> matrices;
    private final Map<String, Gate> gatesById = new HashMap<>();
    private final List<Population> populations = new ArrayList<>();
    private final Map<String, Population> populationsById = new HashMap<>();

    /** A population that gets a membership: a non-quadrant gate, or one quadrant of a quadrant gate. */
    public record Population(String id, String parentId, Gate gate) {
    }

    public GatingStrategy(List<Gate> gates, Map<String, ScaleTransform> transforms, Map<String, SpectrumMatrix> matrices) {
        this.gates = List.copyOf(gates);
        this.transforms = Collections.unmodifiableMap(new LinkedHashMap<>(transforms));
        this.matrices = Collections.unmodifiableMap(new LinkedHashMap<>(matrices));
        Set<String> populationIds = new HashSet<>();
        for (Gate g : this.gates) {
            if (gatesById.put(g.id(), g) != null) {
                throw new GatingException(g.id(), "gate " + g.id() + ": duplicate gate id");
            }
            if (g instanceof QuadrantGate q) {
                for (QuadrantGate.Quadrant quadrant : q.quadrants()) {
                    addPopulation(populationIds, new Population(quadrant.id(), q.parentId(), q));
                }
            } else {
                addPopulation(populationIds, new Population(g.id(), g.parentId(), g));
            }
        }
        for (Gate g : this.gates) {
            checkReferences(g, populationIds);
        }
        checkAcyclic();
    }

    private void addPopulation(Set<String> ids, Population p) {
        if (!ids.add(p.id())) {
            throw new GatingException(p.id(), "gate " + p.id() + ": duplicate gate or quadrant id");
        }
        populations.add(p);
        populationsById.put(p.id(), p);
    }

    private void checkReferences(Gate g, Set<String> populationIds) {
        if (g.parentId() != null && !populationIds.contains(g.parentId())) {
            throw new GatingException(g.id(), "gate " + g.id() + ": parent_id " + g.parentId() + " is not a gate or quadrant id");
        }
        if (g instanceof BooleanGate b) {
            for (BooleanGate.Reference r : b.references()) {
                if (!populationIds.contains(r.gateId())) {
                    throw new GatingException(g.id(), "gate " + g.id() + ": gateReference " + r.gateId() + " is not a gate or quadrant id");
                }
            }
        } else if (g instanceof GeometricGate geo) {
            for (Dimension d : geo.dimensions()) {
                checkDimension(g.id(), d);
            }
        } else if (g instanceof QuadrantGate q) {
            for (Dimension d : q.dimensions()) {
                checkDimension(g.id(), d);
            }
        }
    }

    private void checkDimension(String gateId, Dimension d) {
        String comp = d.compensationRef();
        if (!comp.equals(Dimension.FCS) && !comp.equals(Dimension.UNCOMPENSATED) && !matrices.containsKey(comp)) {
            throw new GatingException(gateId, "gate " + gateId + ": compensation-ref " + comp
                    + " is neither FCS, uncompensated nor a spectrumMatrix id");
        }
        if (d.transformationRef() != null && !transforms.containsKey(d.transformationRef())) {
            throw new GatingException(gateId, "gate " + gateId + ": transformation-ref " + d.transformationRef()
                    + " is not a transformation id");
        }
    }

    private void checkAcyclic() {
        Map<String, Integer> state = new HashMap<>(); // 1 = visiting, 2 = done
        for (Population p : populations) {
            visit(p.id(), state, new ArrayList<>());
        }
    }

    private void visit(String populationId, Map<String, Integer> state, List<String> path) {
        Integer s = state.get(populationId);
        if (s != null && s == 2) {
            return;
        }
        path.add(populationId);
        if (s != null) {
            throw new GatingException(populationId, "gate " + populationId + ": cyclic reference " + String.join(" -> ", path));
        }
        state.put(populationId, 1);
        for (String dep : dependencies(population(populationId))) {
            visit(dep, state, path);
        }
        path.remove(path.size() - 1);
        state.put(populationId, 2);
    }

    /** Populations this one needs first: its parent and, for a boolean gate, its operands. */
    List<String> dependencies(Population p) {
        List<String> deps = new ArrayList<>();
        if (p.parentId() != null) {
            deps.add(p.parentId());
        }
        if (p.gate() instanceof BooleanGate b) {
            for (BooleanGate.Reference r : b.references()) {
                deps.add(r.gateId());
            }
        }
        return deps;
    }

    public List<Gate> gates() {
        return gates;
    }

    public Map<String, ScaleTransform> transforms() {
        return transforms;
    }

    public Map<String, SpectrumMatrix> matrices() {
        return matrices;
    }

    /** Every population in document order (quadrants in their gate's place). */
    public List<Population> populations() {
        return Collections.unmodifiableList(populations);
    }

    public Population population(String id) {
        Population p = populationsById.get(id);
        if (p == null) {
            throw new GatingException("no gate or quadrant with id " + id);
        }
        return p;
    }

    public Gate gate(String id) {
        Gate g = gatesById.get(id);
        if (g == null) {
            throw new GatingException("no gate with id " + id);
        }
        return g;
    }
}
