package org.apogate.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Against FlowJo's own exported biex lookup table in the shared corpus (FlowKit test data):
 * {@code tr_biex_l256_w-7.943282_n1.000000_m4.418540_r262144.000029.csv}, columns
 * {@code i, lookup[i]}: 4096 rows, the data value at display channel i for width basis -7.943282,
 * 1 negative decade, 4.418540 positive decades, top 262144.000029 (FlowKit's own test reads it the
 * same way: channel in column 1, data value in column 2). Values are printed to 6 significant digits.
 */
class FlowJoBiexTransformTest {
    private static final String TABLE =
            "flowkit/data/flowjo_xforms/tr_biex_l256_w-7.943282_n1.000000_m4.418540_r262144.000029.csv";

    @Test
    void matchesFlowJoLookupTableRowByRow() throws IOException {
        Path csv = Corpus.file(TABLE);
        FlowJoBiexTransform biex = new FlowJoBiexTransform(1.0, -7.943282, 4.418540, 262144.000029, 4096);
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(csv)) {
            assertEquals("i,lookup[i]", in.readLine().trim());
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",");
                int channel = Integer.parseInt(cols[0].trim());
                double lookup = Double.parseDouble(cols[1].trim());
                double ours = biex.inverse(channel);
                // 6 significant digits printed: half a unit in the 6th digit, plus a hair
                double tol = 5.01e-6 * Math.abs(lookup) + 1e-9;
                assertEquals(lookup, ours, tol, "channel " + channel);
                // and forward: FlowJo's data value lands back on its channel (to print precision)
                if (Math.abs(lookup) > 1) {
                    double slope = (biex.inverse(channel + 0.5) - biex.inverse(channel - 0.5));
                    assertEquals(channel, biex.apply(lookup), tol / Math.abs(slope) + 1e-9, "apply at channel " + channel);
                }
                rows++;
            }
        }
        assertEquals(4096, rows);
    }

    @Test
    void zeroChannelIsWhereFlowJoPutsIt() {
        // extra = 1 + 0.45, decades = 4.41854 - 0.45: floor(1.45 * 4096 / 5.41854) = 1096 (table row 1096 is 0)
        FlowJoBiexTransform biex = new FlowJoBiexTransform(1.0, -7.943282, 4.418540, 262144.000029, 4096);
        assertEquals(1096, biex.zeroChannel(), 1e-9);
        assertEquals(1096, biex.apply(0), 1e-9);
        assertEquals(0, biex.inverse(1096), 0);
        assertEquals(-biex.inverse(1096 + 300), biex.inverse(1096 - 300), 1e-9);
    }

    @Test
    void rejectsParametersFlowJoCannotUse() {
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(-0.5, -10, 4.4, 262144, 4096));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(0, -0.5, 4.4, 262144, 4096));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(0, 10, 4.4, 262144, 4096));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(0, -10, 0.4, 262144, 4096));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(0, -10, 4.4, 0, 4096));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(0, -10, 4.4, 262144, 1));
        assertThrows(TransformException.class, () -> new FlowJoBiexTransform(Double.NaN, -10, 4.4, 262144, 4096));
        TransformException e = assertThrows(TransformException.class,
                () -> new FlowJoBiexTransform(0, -0.5, 4.4, 262144, 4096));
        assertTrue(e.getMessage().contains("widthBasis"), e.getMessage());
    }
}
