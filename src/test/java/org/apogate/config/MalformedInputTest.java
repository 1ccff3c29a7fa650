package org.apogate.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Seeded mutations of valid inputs: the only failure a user can see is a located ConfigException. */
class MalformedInputTest {
    private static final String ALPHABET = " \t\n:-,[]{}'\"#&*!|>?%@`\\0123456789.eE+abcxyz_\u00e9\u0000";

    private static String mutate(String text, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(text);
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = rnd.nextInt(sb.length());
            char c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
            switch (rnd.nextInt(3)) {
                case 0 -> sb.setCharAt(at, c);
                case 1 -> sb.insert(at, c);
                default -> sb.deleteCharAt(at);
            }
        }
        return sb.toString();
    }

    @Test
    void mutatedConfigsGiveIssuesNotCrashes() {
        String valid = ConfigTemplate.render("annv-fitc-pi");
        String json = "{\"seed\": 5, \"gating\": {\"thresholds\": {\"methods\": [\"auto\"], \"control_percentile\": 99}},"
                + " \"samples\": {\"unstained\": [\"*u*\"]}}";
        SplittableRandom rnd = new SplittableRandom(20240601L);
        for (int i = 0; i < 3000; i++) {
            String base = i % 3 == 0 ? json : valid;
            String name = i % 3 == 0 ? "m.json" : "m.yaml";
            String text = mutate(base, rnd);
            try {
                List<ConfigIssue> issues = ConfigValidator.validate(text, name);
                for (ConfigIssue issue : issues) {
                    assertFalse(issue.format().contains("\n"), issue.format());
                }
                if (issues.isEmpty()) {
                    ConfigLoader.parse(text, name);
                }
            } catch (RuntimeException e) {
                fail("input #" + i + " escaped as " + e + ":\n" + text, e);
            }
        }
    }

    @Test
    void mutatedSampleSheetsGiveConfigExceptionsOnly() {
        String valid = "file,role,group,donor,annexin_channel\nA01.fcs,sample,\"g, 1\",D1,FITC-A\nU.fcs,unstained,,D1,\n";
        SplittableRandom rnd = new SplittableRandom(7L);
        for (int i = 0; i < 3000; i++) {
            String text = mutate(valid, rnd);
            try {
                SampleSheet.parse(text, "s.csv");
            } catch (ConfigException expected) {
                assertFalse(expected.getMessage().contains("\n"), expected.getMessage());
            } catch (RuntimeException e) {
                fail("input #" + i + " escaped as " + e + ":\n" + text, e);
            }
        }
    }
}
