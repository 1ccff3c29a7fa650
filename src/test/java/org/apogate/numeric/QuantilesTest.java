package org.apogate.numeric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Values from R 4.x, {@code quantile(x, p)} (type 7 is R's default). */
class QuantilesTest {
    @Test
    void matchesRsDefaultQuantiles() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(1.9, Quantiles.type7(x, 0.1), 1e-12);    // quantile(1:10, .1)
        assertEquals(3.25, Quantiles.type7(x, 0.25), 1e-12);  // quantile(1:10, .25)
        assertEquals(5.5, Quantiles.type7(x, 0.5), 1e-12);
        assertEquals(9.91, Quantiles.type7(x, 0.99), 1e-12);  // quantile(1:10, .99)
        double[] y = {-3.5, 0, 0.25, 8};
        assertEquals(0.125, Quantiles.type7(y, 0.5), 1e-12);  // quantile(c(-3.5, 0, .25, 8), .5)
        assertEquals(-1.4, Quantiles.type7(y, 0.2), 1e-12);   // quantile(c(-3.5, 0, .25, 8), .2)
    }

    @Test
    void endsEmptyAndOutOfRange() {
        double[] x = {2, 4, 8};
        assertEquals(2, Quantiles.type7(x, 0));
        assertEquals(8, Quantiles.type7(x, 1));
        assertEquals(2, Quantiles.type7(x, -0.5));
        assertEquals(8, Quantiles.type7(x, 7));
        assertEquals(5, Quantiles.type7(new double[] {5}, 0.3));
        assertTrue(Double.isNaN(Quantiles.type7(new double[0], 0.5)));
    }
}
