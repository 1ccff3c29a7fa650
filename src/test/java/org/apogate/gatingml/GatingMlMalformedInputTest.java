package org.apogate.gatingml;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Damaged versions of the compliance suite's largest gate file: every one must either read or fail
 * with a one-line GatingMlException, never another exception type.
 */
class GatingMlMalformedInputTest {
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"]*)\"");

    private static void readOrGatingMlException(String xml, String what) {
        try {
            ComplianceData.reader().read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), what);
        } catch (GatingMlException e) {
            assertTrue(!e.getMessage().contains("\n") && e.getMessage().startsWith(what), what + ": " + e.getMessage());
        } catch (RuntimeException e) {
            fail(what + ": escaped as " + e, e);
        }
    }

    @Test
    void truncatedAndMutatedFilesFailCleanly() throws IOException {
        String xml = Files.readString(Corpus.file("flowkit/data/gate_ref/gml/gml_all_gates.xml"));
        for (int cut = 0; cut < xml.length(); cut += 53) {
            readOrGatingMlException(xml.substring(0, cut), "truncated@" + cut);
        }
        Random random = new Random(20261125L);
        String[] replacements = {"", "x", "-1", "NaN", "1e999", "0", "Range1", "FCS", "true", "999999999999"};
        Matcher m = ATTRIBUTE_VALUE.matcher(xml);
        int index = 0;
        while (m.find()) {
            String replacement = replacements[random.nextInt(replacements.length)];
            String mutated = xml.substring(0, m.start(1)) + replacement + xml.substring(m.end(1));
            readOrGatingMlException(mutated, "attribute" + index++);
        }
        // drop single elements (start tag to its end or self-closing), seeded positions
        for (int i = 0; i < 200; i++) {
            int start = xml.indexOf('<', random.nextInt(xml.length()));
            if (start < 0) {
                continue;
            }
            int end = xml.indexOf('>', start);
            String mutated = xml.substring(0, start) + xml.substring(end + 1);
            readOrGatingMlException(mutated, "droppedTag" + i);
        }
    }
}
