package org.apogate.fcs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apogate.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reads every corpus file and data set and compares with the independent oracle (oracle.json: values
 * agreed by FlowIO/fcsparser and a separate numpy decoder): event and channel counts, per-channel sums,
 * min, max, the first three rows and the last row of the RAW values after $PnR masking, plus the
 * HEADER facts and $PnN names.
 */
class GoldenCorpusTest {

    static Stream<Arguments> dataSets() throws IOException {
        if (!Corpus.present()) {
            return Stream.of(Arguments.of("corpus-missing", -1, null));
        }
        JsonNode root = new ObjectMapper().readTree(Corpus.root().resolve("oracle.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode f : root) {
            JsonNode sets = f.get("datasets");
            for (int i = 0; i < sets.size(); i++) {
                out.add(Arguments.of(f.get("path").asText(), i, sets.get(i)));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("dataSets")
    void matchesOracle(String relPath, int index, JsonNode expected) {
        Path file = Corpus.file(relPath);
        FcsFile fcs = FcsReader.open(file);
        assertTrue(fcs.dataSetCount() > index, "data set count");
        DataSet ds = fcs.dataSet(index);

        JsonNode header = expected.get("header");
        assertEquals(header.get("version").asText(), ds.version());
        assertEquals(header.get("offset").asLong(), ds.offset());
        assertEquals(header.get("text_start").asLong(), ds.header().textStart());
        assertEquals(header.get("text_end").asLong(), ds.header().textEnd());
        assertEquals(expected.get("$PAR").asText().trim(), String.valueOf(ds.parameterCount()));
        JsonNode params = expected.get("params");
        for (int c = 0; c < params.size(); c++) {
            assertEquals(params.get(c).get("PnN").asText().trim(), ds.parameters().get(c).name(), "$P" + (c + 1) + "N");
        }
        for (String k : List.of("$DATATYPE", "$BYTEORD", "$MODE", "$TOT")) {
            JsonNode v = expected.get(k);
            if (v != null && !v.isNull()) {
                assertEquals(v.asText(), ds.keywords().getOrNull(k), k + " kept verbatim");
            }
        }

        JsonNode oracle = expected.get("oracle");
        if (oracle == null || oracle.isNull() || !oracle.has("events")) {
            // No DATA to compare (cytek-nl-2000/sample_header.fcs: DATA cut off). Metadata must read and
            // opening events must fail cleanly with a typed error.
            assertFalse(ds.hasReadableData(), "a data set without oracle has no readable DATA here");
            FcsFormatException e = assertThrows(FcsFormatException.class, ds::openEvents);
            assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
            return;
        }
        // the DATA offsets we chose must be the oracle's usable candidate (absolute = data set offset + relative)
        for (JsonNode cand : expected.get("offsets").get("candidates")) {
            if (cand.get("usable").asBoolean()) {
                assertEquals(ds.offset() + cand.get("start").asLong(), ds.dataStart(), "DATA start (" + cand.get("from").asText() + ")");
            }
        }
        int channels = oracle.get("channels").asInt();
        long events = oracle.get("events").asLong();
        assertEquals(channels, ds.parameterCount());
        assertEquals(events, ds.eventCount());

        boolean isFloat = "F".equals(expected.get("$DATATYPE").asText().trim()) || "D".equals(expected.get("$DATATYPE").asText().trim());
        double[] sum = new double[channels];
        double[] comp = new double[channels];
        double[] min = new double[channels];
        double[] max = new double[channels];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double[][] first = new double[3][channels];
        double[] last = new double[channels];
        long seen = 0;
        try (EventSource src = ds.openEvents(ValueScale.RAW, 4099)) {
            assertEquals(channels, src.channels());
            EventBlock b;
            while ((b = src.next()) != null) {
                assertEquals(seen, b.firstEvent());
                for (int c = 0; c < channels; c++) {
                    double[] col = b.column(c);
                    for (int i = 0; i < b.size(); i++) {
                        double v = col[i];
                        // Kahan summation so float sums compare tightly with math.fsum.
                        double y = v - comp[c];
                        double t = sum[c] + y;
                        comp[c] = (t - sum[c]) - y;
                        sum[c] = t;
                        if (v < min[c]) {
                            min[c] = v;
                        }
                        if (v > max[c]) {
                            max[c] = v;
                        }
                        long row = seen + i;
                        if (row < 3) {
                            first[(int) row][c] = v;
                        }
                        if (row == events - 1) {
                            last[c] = v;
                        }
                    }
                }
                seen += b.size();
            }
        }
        assertEquals(events, seen, "events streamed");
        for (int c = 0; c < channels; c++) {
            String ch = relPath + " #" + index + " channel " + (c + 1);
            double es = oracle.get("sum").get(c).asDouble();
            if (isFloat) {
                assertEquals(es, sum[c], Math.max(1e-9, Math.abs(es) * 1e-12), ch + " sum");
            } else {
                assertEquals(oracle.get("sum").get(c).asLong(), (long) sum[c], ch + " sum");
            }
            assertEquals(oracle.get("min").get(c).asDouble(), min[c], 0, ch + " min");
            assertEquals(oracle.get("max").get(c).asDouble(), max[c], 0, ch + " max");
            for (int r = 0; r < Math.min(3, events); r++) {
                assertEquals(oracle.get("first_rows").get(r).get(c).asDouble(), first[r][c], 0, ch + " row " + r);
            }
            assertEquals(oracle.get("last_row").get(c).asDouble(), last[c], 0, ch + " last row");
        }
        JsonNode masks = oracle.get("pnr_masks");
        if (masks != null && !masks.isNull() && !isFloat) {
            for (int c = 0; c < channels; c++) {
                if (!masks.get(c).isNull()) {
                    assertEquals(masks.get(c).asLong(), RecordLayout.mask(ds.parameters().get(c), 8), relPath + " $P" + (c + 1) + "R mask");
                }
            }
        }
        assertNotNull(ds.issues());
    }
}
