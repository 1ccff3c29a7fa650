package org.apogate.auto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apogate.fcs.EventBlock;
import org.junit.jupiter.api.Test;

class SamplingAndQcTest {
    private static double[][] rows(int n) {
        double[][] c = new double[2][n];
        for (int i = 0; i < n; i++) {
            c[0][i] = i;
            c[1][i] = -i;
        }
        return c;
    }

    @Test
    void reservoirIsDeterministicWhateverTheBlockSizes() {
        double[][] all = rows(100000);
        ReservoirSample one = new ReservoirSample(2, 1000, 42);
        one.add(all, 100000);
        ReservoirSample blocks = new ReservoirSample(2, 1000, 42);
        for (int start = 0; start < 100000; start += 7777) {
            int len = Math.min(7777, 100000 - start);
            double[] c0 = java.util.Arrays.copyOfRange(all[0], start, start + len);
            double[] c1 = java.util.Arrays.copyOfRange(all[1], start, start + len);
            blocks.add(EventBlock.of(c0, c1));
        }
        assertArrayEquals(one.column(0), blocks.column(0));
        assertArrayEquals(one.eventIndices(), blocks.eventIndices());
        double[][] s = one.columns();
        for (int i = 0; i < s[0].length; i++) {
            assertEquals(-s[0][i], s[1][i], "rows stay whole");
        }
        double mean = java.util.Arrays.stream(s[0]).average().orElseThrow();
        assertEquals(50000, mean, 3000, "uniform over the stream");
        ReservoirSample other = new ReservoirSample(2, 1000, 43);
        other.add(all, 100000);
        assertFalse(java.util.Arrays.equals(one.column(0), other.column(0)));
    }

    @Test
    void reservoirLargerThanStreamKeepsAllInOrder() {
        ReservoirSample r = new ReservoirSample(2, 50, 1);
        r.add(rows(10), 10);
        assertEquals(10, r.size());
        assertArrayEquals(rows(10)[0], r.column(0));
    }

    private static double[] uniformTimes(int n, double span) {
        double[] t = new double[n];
        java.util.SplittableRandom r = new java.util.SplittableRandom(9);
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += -Math.log(1 - r.nextDouble()) * span / n;
            t[i] = acc;
        }
        return t;
    }

    @Test
    void steadyFlowIsNotFlagged() {
        TimeQc q = new TimeQc(262144);
        q.add(uniformTimes(100000, 12000), 100000);
        TimeQc.Result r = q.result(100);
        assertFalse(r.flagged(), r.anomalies().toString());
    }

    @Test
    void clogGapAndBurstAreFlagged() {
        double[] t = uniformTimes(100000, 12000);
        for (int i = 0; i < t.length; i++) {
            if (t[i] > 5000) {
                t[i] += 1500; // clog: 1.5 s of nothing
            }
        }
        TimeQc q = new TimeQc(100); // range hint far too small: the histogram must grow
        q.add(t, t.length);
        TimeQc.Result r = q.result(100);
        assertTrue(r.anomalies().stream().anyMatch(a -> a.kind() == TimeQc.Kind.GAP), r.toString());
        double[] burst = uniformTimes(100000, 12000);
        double[] more = uniformTimes(20000, 200);
        TimeQc b = new TimeQc(12000);
        b.add(burst, burst.length);
        for (int i = 0; i < more.length; i++) {
            more[i] += 8000;
        }
        b.add(more, more.length);
        TimeQc.Result rb = b.result(100);
        assertTrue(rb.anomalies().stream().anyMatch(a -> a.kind() == TimeQc.Kind.BURST), rb.toString());
        assertTrue(QcChecks.time(rb).contains(QcFlag.ACQUISITION_ANOMALY));
    }

    @Test
    void saturationAndCellCount() {
        double[] v = {1, 2, 262143, 262143, 5};
        assertEquals(0.4, QcChecks.saturatedFraction(v, v.length, 262144), 1e-12);
        QcChecks qc = new QcChecks(QcOptions.defaults());
        assertTrue(qc.saturation(0.4).contains(QcFlag.SATURATED_EVENTS));
        assertTrue(qc.saturation(0.01).isEmpty());
        assertTrue(qc.cellCount(999).contains(QcFlag.TOO_FEW_CELLS));
        assertTrue(qc.cellCount(1000).isEmpty());
        assertTrue(QcChecks.controlsPresent(true, false).contains(QcFlag.CONTROLS_MISSING));
        assertTrue(QcChecks.controlsPresent(false, false).isEmpty());
    }

    @Test
    void singleStainControlWithoutPositivesIsFlagged() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        double[] neg = new double[5000];
        double[] mixed = new double[5000];
        for (int i = 0; i < neg.length; i++) {
            neg[i] = 0.5 + 0.15 * r.nextGaussian();
            mixed[i] = i < 3000 ? neg[i] : 2.5 + 0.3 * r.nextGaussian();
        }
        QcChecks qc = new QcChecks(QcOptions.defaults());
        assertTrue(qc.singleStainControl(neg, neg.length, ThresholdOptions.defaults())
                .contains(QcFlag.NO_POSITIVE_CONTROL_BEHAVIOUR));
        assertTrue(qc.singleStainControl(mixed, mixed.length, ThresholdOptions.defaults()).isEmpty());
    }

    @Test
    void simulatedClumpsSaturateAndClogsShowInTime() {
        org.apogate.simulate.SimulatedSample s = new org.apogate.simulate.ApoptosisSimulator().simulate(
                org.apogate.simulate.Scenario.typical(org.apogate.simulate.InstrumentStyle.BD, 50000, 8)
                        .withDebris(0.1, 0.2).withTimeAnomaly(true));
        double sat = QcChecks.saturatedFraction(s.column("FSC-A"), s.events(), s.range());
        assertTrue(sat > 0 && sat < 0.05, "some clumps at the FSC-A maximum: " + sat);
        assertTrue(new QcChecks(new QcOptions(1000, 0.0001, 1.0)).saturation(sat).contains(QcFlag.SATURATED_EVENTS));
        TimeQc q = new TimeQc(262144);
        double[] t = s.column("Time");
        q.add(t, t.length);
        assertTrue(q.result(100).flagged(), q.result(100).toString());
        org.apogate.simulate.SimulatedSample steady = new org.apogate.simulate.ApoptosisSimulator().simulate(
                org.apogate.simulate.Scenario.typical(org.apogate.simulate.InstrumentStyle.BD, 50000, 9));
        TimeQc q2 = new TimeQc(262144);
        q2.add(steady.column("Time"), steady.events());
        assertTrue(!q2.result(100).flagged(), q2.result(100).toString());
    }
}
