package org.apogate.compensation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apogate.fcs.DataSet;
import org.apogate.fcs.FcsReader;
import org.apogate.fcs.Parameter;
import org.apogate.testing.Corpus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Parses the spillover keywords of every data set of every corpus file and compares with oracle.json. */
class SpilloverKeywordsCorpusTest {

    @TestFactory
    List<DynamicTest> everyOracleSpilloverMatches() throws Exception {
        Path root = Corpus.require();
        JsonNode oracle = new ObjectMapper().readTree(root.resolve("oracle.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        int withMatrix = 0;
        for (JsonNode file : oracle) {
            JsonNode datasets = file.path("datasets");
            String rel = file.get("path").asText();
            for (int index = 0; index < datasets.size(); index++) {
                JsonNode ds = datasets.get(index);
                if (!ds.has("spillover")) {
                    continue;
                }
                JsonNode spill = ds.get("spillover");
                boolean dfc = ds.path("other_comp_keywords").toString().contains("$DFC");
                if (spill.size() > 0 && spill.get(0).has("matrix")) {
                    withMatrix++;
                }
                int dataSet = index;
                tests.add(DynamicTest.dynamicTest(rel + " #" + index, () -> check(root.resolve(rel), dataSet, spill, dfc)));
            }
        }
        assertTrue(withMatrix >= 10, "oracle lists " + withMatrix + " files with a spillover matrix");
        return tests;
    }

    private static DataSet dataSet(Path file, int index) {
        return FcsReader.open(file).dataSet(index);
    }

    private static List<String> channelNames(DataSet ds) {
        return ds.parameters().stream().map(Parameter::name).toList();
    }

    private static SpilloverParse parse(DataSet ds) {
        return SpilloverKeywords.parse(ds.keywords(), channelNames(ds));
    }

    private static void check(Path file, int index, JsonNode spill, boolean dfc) {
        DataSet ds = dataSet(file, index);
        List<String> channels = channelNames(ds);
        SpilloverParse parse = parse(ds);
        if (spill.size() == 0) {
            assertEquals(dfc, parse.matrix().isPresent(), "matrix presence; warnings " + parse.warnings());
            return;
        }
        JsonNode expected = spill.get(0);
        String keyword = expected.get("keyword").asText();
        if (!expected.has("matrix")) {
            assertTrue(parse.matrix().isEmpty(), "oracle could not parse " + keyword + ": " + expected.path("parse_error"));
            assertFalse(parse.warnings().isEmpty());
            return;
        }
        SpilloverMatrix s = parse.matrix().orElseThrow();
        assertEquals(keyword + " keyword", s.source());
        JsonNode names = expected.get("channels");
        assertEquals(names.size(), s.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(names.get(i).asText().trim(), s.channels().get(i));
        }
        JsonNode m = expected.get("matrix");
        for (int i = 0; i < s.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                assertEquals(m.get(i).get(j).asDouble(), s.get(i, j), 1e-15, "entry " + i + "," + j);
            }
        }
        // Every matrix in the corpus must be invertible.
        Compensator c = Compensator.of(s, channels);
        CompensatorTest.assertIdentityProduct(subMatrix(s, c.channels()), c.inverse());
    }

    private static double[][] subMatrix(SpilloverMatrix s, List<String> keep) {
        double[][] sub = new double[keep.size()][keep.size()];
        for (int a = 0; a < keep.size(); a++) {
            for (int b = 0; b < keep.size(); b++) {
                sub[a][b] = s.get(s.indexOf(keep.get(a)), s.indexOf(keep.get(b)));
            }
        }
        return sub;
    }

    @Test
    void coulterDfcKeywordsGiveFl1SpillIntoFl3() {
        SpilloverParse p = parse(dataSet(Corpus.file("flowio/data/fcs_files/coulter.lmd"), 0));
        SpilloverMatrix s = p.matrix().orElseThrow();
        // $DFC1TO3 = 28.40 percent; FL4/FL5 are in the grid but not recorded and carry no spill.
        assertEquals(List.of("FL1 Lin", "FL2 Lin", "FL3 Lin"), s.channels());
        assertEquals(0.284, s.get(0, 2), 1e-15);
        assertEquals(0.0, s.get(2, 0));
        assertEquals(1, s.get(1, 1));
        assertTrue(p.warnings().isEmpty(), p.warnings().toString());
    }

    @Test
    void naviosDfcGridForTenDetectorsKeepsTheFiveRecorded() {
        SpilloverParse p = parse(dataSet(
                Corpus.file("fcsparser/fcsparser/tests/data/FlowCytometers/fake_bitmask_error/fcs1_cleaned.lmd"), 0));
        SpilloverMatrix s = p.matrix().orElseThrow();
        assertEquals(List.of("FL1 INT LOG", "FL2 INT LOG", "FL3 INT LOG", "FL4 INT LOG", "FL5 INT LOG"), s.channels());
        assertEquals(0.448, s.get(1, 2), 1e-15);   // $DFC2TO3 = 44.8
        assertEquals(0.134, s.get(0, 1), 1e-15);   // $DFC1TO2 = 13.4
        assertEquals(0.099, s.get(3, 4), 1e-15);   // $DFC4TO5 = 9.9
        assertEquals(1.0, s.get(0, 0));            // $DFC1TO1 = 0.0 is ignored: the diagonal is 1
        // Only log-amplified FL parameters exist: one warning per detector says so.
        assertEquals(5, p.warnings().size(), p.warnings().toString());
    }
}
