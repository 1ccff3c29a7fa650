package org.apogate.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.ChannelRoles;
import org.apogate.auto.DebrisFinder;
import org.apogate.auto.DebrisGate;
import org.apogate.auto.ReservoirSample;
import org.apogate.config.ApoGateConfig;
import org.apogate.config.ConfigLoader;
import org.junit.jupiter.api.Test;

/** gating.debris.max_sample: the debris line is fitted on at most that many of the sample's events. */
class PreGatesTest {
    private static final ChannelRoles ROLES = new ChannelRoles(
            Map.of(ChannelRole.FSC_A, 0, ChannelRole.SSC_A, 1), Map.of(), List.of());

    /** Debris (low FSC/SSC) and cells (high), log-normal, in file order. */
    private static double[][] sample(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] rows = new double[2][n];
        for (int i = 0; i < n; i++) {
            boolean debris = rnd.nextInt(5) == 0;
            rows[0][i] = Math.exp((debris ? 9.0 : 11.0) + 0.45 * rnd.nextGaussian());
            rows[1][i] = Math.exp((debris ? 8.5 : 10.5) + 0.5 * rnd.nextGaussian());
        }
        return rows;
    }

    private static ApoGateConfig config(int maxSample) {
        return ConfigLoader.parse("version: 1\nseed: 77\ngating:\n  singlets:\n    enabled: false\n  debris:\n    max_sample: "
                + maxSample + "\n", "test.yaml");
    }

    @Test
    void theDebrisLineComesFromASeededSubsampleOfMaxSampleEvents() {
        double[][] rows = sample(6000, 5);
        ApoGateConfig cfg = config(500);

        PreGates pre = PreGates.fit(rows, 6000, ROLES, cfg);

        ReservoirSample sub = new ReservoirSample(2, 500, cfg.seed() ^ PreGates.DEBRIS_SEED);
        sub.add(rows, 6000);
        DebrisGate expected = new DebrisFinder().find(sub.column(0), sub.column(1), sub.size(), "cluster");
        DebrisGate all = new DebrisFinder().find(rows[0], rows[1], 6000, "cluster");
        assertEquals(expected.fscThreshold(), pre.debris().fscThreshold());
        assertNotEquals(all.fscThreshold(), pre.debris().fscThreshold(), "the fit on 500 events is not the fit on all 6000");
        // every sampled event is classified by that line
        long cells = java.util.stream.IntStream.range(0, 6000).filter(i -> rows[0][i] >= expected.fscThreshold()).count();
        assertEquals(cells, pre.kept());
    }

    @Test
    void aSampleWithinMaxSampleIsFittedWhole() {
        double[][] rows = sample(3000, 9);

        PreGates pre = PreGates.fit(rows, 3000, ROLES, config(3000));

        assertEquals(new DebrisFinder().find(rows[0], rows[1], 3000, "cluster").fscThreshold(), pre.debris().fscThreshold());
    }
}
