package org.apogate.gatingml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apogate.gating.GateEvaluator;
import org.apogate.gating.GatingResult;
import org.apogate.gating.GatingStrategy;
import org.apogate.gating.PopulationCounter;
import org.apogate.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Gating-ML 2.0 compliance suite (FlowKit's copy of it): every gate file applied to data1.fcs
 * must reproduce, event by event, each Results_&lt;id&gt;.txt truth file; writing the strategy back
 * out and reading it again must give identical memberships.
 */
class GatingMlComplianceTest {
    private static final String DIR = "flowkit/data/gate_ref";
    /** Truth files not named after their gate id. */
    private static final Map<String, String> TRUTH_ALIASES = Map.of("ParRectangle1", "ParQuadRect");
    /** Cases the suite ships without any truth file (they are still parsed, gated and round-tripped). */
    private static final List<String> WITHOUT_TRUTH = List.of("gml_ellipse2_gate.xml");

    static Stream<String> cases() throws IOException {
        Path gml = Corpus.root().resolve(DIR).resolve("gml");
        if (!Files.isDirectory(gml)) {
            return Stream.of("corpus-absent");
        }
        try (Stream<Path> files = Files.list(gml)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyEventMatchesTheTruth(String caseFile) throws IOException {
        Path base = Corpus.file(DIR);
        Path xml = base.resolve("gml").resolve(caseFile);
        GatingStrategy strategy = ComplianceData.reader().read(xml);
        GatingResult result = gate(strategy, base);
        assertEquals(13367, result.totalEvents());

        int compared = 0;
        List<String> failures = new ArrayList<>();
        for (String id : result.populationIds()) {
            Path truth = base.resolve("truth").resolve("Results_" + TRUTH_ALIASES.getOrDefault(id, id) + ".txt");
            if (!Files.isRegularFile(truth)) {
                continue;
            }
            compared++;
            String mismatch = compare(id, readTruth(truth), result.membership(id), (int) result.totalEvents());
            if (mismatch != null) {
                failures.add(mismatch);
            }
        }
        if (!failures.isEmpty()) {
            fail(caseFile + ": " + String.join("; ", failures));
        }
        if (PopulationCounter.supports(strategy)) {
            // counting without masks (what `apogate run` uses) gives the truth files' counts too
            GatingResult counted = count(strategy, base);
            for (String id : result.populationIds()) {
                Path truth = base.resolve("truth").resolve("Results_" + TRUTH_ALIASES.getOrDefault(id, id) + ".txt");
                if (Files.isRegularFile(truth)) {
                    assertEquals(readTruth(truth).cardinality(), counted.stats(id).count(), caseFile + " counted " + id);
                }
                assertEquals(result.stats(id), counted.stats(id), caseFile + " counted " + id);
            }
        }
        if (WITHOUT_TRUTH.contains(caseFile)) {
            assertEquals(0, compared, "a truth file appeared for " + caseFile + "; drop it from WITHOUT_TRUTH");
        } else {
            assertTrue(compared > 0, caseFile + ": no truth file matched any gate id " + result.populationIds());
        }

        // round trip: write, read back, same memberships for every population
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GatingMlWriter().write(strategy, out);
        GatingStrategy again = ComplianceData.reader().read(new ByteArrayInputStream(out.toByteArray()), caseFile + " (rewritten)");
        GatingResult second = gate(again, base);
        assertEquals(result.populationIds(), second.populationIds());
        for (String id : result.populationIds()) {
            assertEquals(result.membership(id), second.membership(id), caseFile + " round trip changed " + id);
            assertEquals(result.stats(id), second.stats(id));
        }
    }

    private static GatingResult gate(GatingStrategy strategy, Path base) {
        ComplianceData.Events events = ComplianceData.open(base.resolve("data1.fcs"));
        try (events) {
            return new GateEvaluator(strategy, events.channelNames(), events.spillover()).evaluate(events.source());
        }
    }

    private static GatingResult count(GatingStrategy strategy, Path base) {
        ComplianceData.Events events = ComplianceData.open(base.resolve("data1.fcs"));
        try (events) {
            return new PopulationCounter(strategy, events.channelNames(), events.spillover()).count(events.source());
        }
    }

    private static BitSet readTruth(Path truth) throws IOException {
        BitSet bits = new BitSet();
        List<String> lines = Files.readAllLines(truth);
        int event = 0;
        for (String line : lines) {
            String t = line.trim();
            if (t.isEmpty()) {
                continue;
            }
            assertFalse(!t.equals("0") && !t.equals("1"), truth + ": line " + (event + 1) + " is '" + t + "'");
            if (t.equals("1")) {
                bits.set(event);
            }
            event++;
        }
        assertEquals(13367, event, truth + " should hold one line per event");
        return bits;
    }

    private static String compare(String id, BitSet expected, BitSet actual, int n) {
        BitSet diff = (BitSet) expected.clone();
        diff.xor(actual);
        if (diff.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder(id + ": " + diff.cardinality() + " of " + n + " events differ (expected "
                + expected.cardinality() + " members, got " + actual.cardinality() + "), first at events");
        int shown = 0;
        for (int i = diff.nextSetBit(0); i >= 0 && shown < 5; i = diff.nextSetBit(i + 1), shown++) {
            sb.append(' ').append(i).append(expected.get(i) ? "(missing)" : "(extra)");
        }
        return sb.toString();
    }
}
