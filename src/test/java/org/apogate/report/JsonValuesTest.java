package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
    enum Colour { RED, GREEN }

    record Inner(String name, Double value) {
    }

    record Outer(String text, long count, Integer missing, double ratio, Colour colour, List<String> tags,
                 Map<String, Object> extra, Inner inner, boolean flag, BigDecimal exact) {
    }

    @Test
    void recordsComeOutAsDatabindWritesThemAndReadBack() throws Exception {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("n", 3);
        extra.put("nested", List.of(1.5, "two"));
        extra.put("none", null);
        Outer value = new Outer("a \"quoted\" é\nline", 12_345_678_901L, null, 0.1, Colour.GREEN,
                List.of("x", "y"), extra, new Inner("in", -2.5e-300), true, new BigDecimal("1.2300"));
        ObjectMapper mapper = new ObjectMapper();
        byte[] ours = JsonValues.pretty(value);
        assertEquals(mapper.readTree(mapper.writeValueAsBytes(value)), mapper.readTree(ours));
        Outer back = mapper.readValue(ours, Outer.class);
        assertEquals(value.text(), back.text());
        assertEquals(value.inner(), back.inner());
        assertEquals(value.colour(), back.colour());
        assertEquals(value.count(), back.count());
        assertTrue(new String(ours, StandardCharsets.UTF_8).endsWith("}\n"));
    }

    @Test
    void aSampleSummaryRoundTripsThroughDatabind() throws Exception {
        SampleSummary s = SummaryFixtures.okRow();
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        assertEquals(s, mapper.readValue(JsonValues.pretty(s), SampleSummary.class));
    }

    @Test
    void nonFiniteNumbersAreWrittenAsStringsLikeDatabind() throws Exception {
        Map<String, Object> m = Map.of("nan", Double.NaN);
        assertEquals(new ObjectMapper().valueToTree(m).toString().replace(" ", ""),
                new ObjectMapper().readTree(JsonValues.pretty(m)).toString().replace(" ", ""));
        assertTrue(Arrays.equals("{\"nan\":\"NaN\"}".getBytes(StandardCharsets.UTF_8),
                new ObjectMapper().writeValueAsBytes(new ObjectMapper().readTree(JsonValues.pretty(m)))));
    }
}
