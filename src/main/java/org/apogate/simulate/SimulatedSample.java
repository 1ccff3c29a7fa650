package org.apogate.simulate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One simulated tube: channel-major raw (uncompensated) data, per-event truth, and the true
 * spillover matrix over the fluorescence detectors ({@code spilloverChannels}, rows = dye, cols =
 * detector; compensated = raw x inverse(S)).
 */
public record SimulatedSample(Scenario scenario, List<String> names, List<String> stains, double[][] columns,
                              EventClass[] truth, List<String> spilloverChannels, double[][] spillover, double range,
                              double timeStep) {
    public SimulatedSample {
        names = List.copyOf(names);
        stains = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(stains));
        columns = deepCopy(columns);
        truth = truth.clone();
        spilloverChannels = List.copyOf(spilloverChannels);
        spillover = deepCopy(spillover);
    }

    @Override
    public double[][] columns() {
        return deepCopy(columns);
    }

    /** Copy of one channel by $PnN. */
    public double[] column(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no channel " + name + " in " + names);
        }
        return columns[i].clone();
    }

    @Override
    public EventClass[] truth() {
        return truth.clone();
    }

    @Override
    public double[][] spillover() {
        return deepCopy(spillover);
    }

    public int events() {
        return truth.length;
    }

    /** Event counts per class. */
    public Map<EventClass, Integer> counts() {
        Map<EventClass, Integer> m = new EnumMap<>(EventClass.class);
        for (EventClass c : EventClass.values()) {
            m.put(c, 0);
        }
        for (EventClass c : truth) {
            m.merge(c, 1, Integer::sum);
        }
        return m;
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }
}
