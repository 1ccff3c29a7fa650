package org.apogate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TimingTest {
    @Test
    void medianAndMinimumOfOddAndEvenCounts() {
        Timing odd = Timing.of(new long[] {50, 10, 30});
        assertEquals(30, odd.medianNanos());
        assertEquals(10, odd.minNanos());
        Timing even = Timing.of(new long[] {40, 10, 20, 30});
        assertEquals(25, even.medianNanos());
        assertEquals(4, even.samples());
    }

    @Test
    void noSamplesIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Timing.of(new long[0]));
    }

    @Test
    void roundsAlternateTasksAndKeepEveryChecksum() {
        StringBuilder order = new StringBuilder();
        Rounds r = new Rounds(1, 2);
        Timing[] t = r.time(() -> {
            order.append('a');
            return 1;
        }, () -> {
            order.append('b');
            return 10;
        });
        assertEquals("ababab", order.toString());
        assertEquals(2, t.length);
        assertEquals(33.0, r.blackhole());
    }

    @Test
    void eventLabels() {
        assertEquals("100k", Units.events(100_000));
        assertEquals("10M", Units.events(10_000_000));
        assertEquals("65537", Units.events(65_537));
        assertEquals("10.03M", Units.events(10_027_008));
    }
}
