package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apogate.fcs.Keywords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded garbage: parsers either return a result or throw CompensationException, never anything else. */
class MalformedInputTest {
    private static final String[] PIECES = {"2", "3", "0", "-1", "FITC-A", "PE-A", "1", "0.1", "1e400", "NaN", ",", ",,",
        " ", "\n", "x", "99999", "\"", "#", "\t", "1.5.2", "%"};
    private static final List<String> CHANNELS = List.of("FSC-A", "FITC-A", "PE-A");

    @TempDir
    Path tmp;

    private static String garbage(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(0, 20);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[rnd.nextInt(PIECES.length)]);
            if (rnd.nextBoolean()) {
                b.append(',');
            }
        }
        return b.toString();
    }

    @Test
    void keywordParsingOnlyThrowsCompensationException() {
        SplittableRandom rnd = new SplittableRandom(42);
        String[] keys = {"$SPILLOVER", "SPILL", "$SPILL", "$COMP", "$DFC1TO2", "$DFC0TO1", "$DFC2TO1"};
        int parsed = 0;
        for (int round = 0; round < 3000; round++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put(keys[rnd.nextInt(keys.length)], garbage(rnd));
            try {
                SpilloverParse p = SpilloverKeywords.parse(new Keywords(m), CHANNELS);
                if (p.matrix().isPresent()) {
                    parsed++;
                }
            } catch (CompensationException expected) {
                assertTrue(!expected.getMessage().isBlank() && !expected.getMessage().contains("\n"), expected.getMessage());
            }
        }
        assertTrue(parsed > 0, "some garbage should still parse");
    }

    @Test
    void csvReadingOnlyThrowsCompensationException() throws Exception {
        SplittableRandom rnd = new SplittableRandom(43);
        for (int round = 0; round < 500; round++) {
            Path p = tmp.resolve("g" + round + ".csv");
            StringBuilder content = new StringBuilder();
            int lines = rnd.nextInt(0, 5);
            for (int l = 0; l < lines; l++) {
                content.append(garbage(rnd)).append('\n');
            }
            Files.writeString(p, content);
            try {
                SpilloverCsv.read(p);
            } catch (CompensationException expected) {
                assertTrue(expected.getMessage().startsWith("file g" + round + ".csv"), expected.getMessage());
            }
        }
    }
}
