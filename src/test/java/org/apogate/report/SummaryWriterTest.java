package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWriterTest {
    private static final List<String> EXPECTED_HEADER = List.of("sample", "file", "role", "group", "status",
            "events", "debris", "doublets", "singlets", "live_count", "live_pct", "early_apoptotic_count",
            "early_apoptotic_pct", "late_apoptotic_count", "late_apoptotic_pct", "necrotic_count", "necrotic_pct",
            "annexin_channel", "viability_channel", "annexin_threshold_raw", "annexin_threshold_transformed",
            "viability_threshold_raw", "viability_threshold_transformed", "threshold_method",
            "compensation_source", "transform", "seed", "flags", "warnings", "error", "cyt", "well_id", "plate",
            "src", "date", "btim", "input_sha256", "config_sha256", "treatment", "operator");

    private final List<SampleSummary> rows = List.of(SummaryFixtures.okRow(), SummaryFixtures.failedRow());

    @Test
    void csvHeaderAndEveryCellOfTwoRows() {
        List<List<String>> csv = Rfc4180.parse(SummaryWriter.toCsv(rows));
        assertEquals(3, csv.size());
        assertEquals(EXPECTED_HEADER, csv.get(0));

        Map<String, String> ok = cells(csv.get(0), csv.get(1));
        Map<String, String> expectedOk = new LinkedHashMap<>();
        expectedOk.put("sample", "A01_treated");
        expectedOk.put("file", "/data/run 7/A01_treated.fcs");
        expectedOk.put("role", "sample");
        expectedOk.put("group", "treated");
        expectedOk.put("status", "flagged");
        expectedOk.put("events", "12000");
        expectedOk.put("debris", "1200");
        expectedOk.put("doublets", "800");
        expectedOk.put("singlets", "10000");
        expectedOk.put("live_count", "7001");
        expectedOk.put("live_pct", "70.0100");
        expectedOk.put("early_apoptotic_count", "1999");
        expectedOk.put("early_apoptotic_pct", "19.9900");
        expectedOk.put("late_apoptotic_count", "850");
        expectedOk.put("late_apoptotic_pct", "8.5000");
        expectedOk.put("necrotic_count", "150");
        expectedOk.put("necrotic_pct", "1.5000");
        expectedOk.put("annexin_channel", "FITC-A");
        expectedOk.put("viability_channel", "PE-A");
        expectedOk.put("annexin_threshold_raw", "1234.567891");
        expectedOk.put("annexin_threshold_transformed", "0.421300");
        expectedOk.put("viability_threshold_raw", "-12.500000");
        expectedOk.put("viability_threshold_transformed", "0.200000");
        expectedOk.put("threshold_method", "annexin=controls;viability=auto");
        expectedOk.put("compensation_source", "$SPILLOVER");
        expectedOk.put("transform",
                "annexin=logicle(T=262144,W=0.52,M=4.5,A=0);viability=logicle(T=262144,W=0.52,M=4.5,A=0)");
        expectedOk.put("seed", "42");
        expectedOk.put("flags", "low_events;threshold_near_peak");
        expectedOk.put("warnings", "no $PLATENAME");
        expectedOk.put("error", "");
        expectedOk.put("cyt", "FACSCanto II");
        expectedOk.put("well_id", "A01");
        expectedOk.put("plate", "P1");
        expectedOk.put("src", "Jurkat");
        expectedOk.put("date", "12-MAR-2024");
        expectedOk.put("btim", "10:11:12");
        expectedOk.put("input_sha256", "aa11");
        expectedOk.put("config_sha256", "cc22");
        expectedOk.put("treatment", "staurosporine");
        expectedOk.put("operator", "");
        assertEquals(expectedOk, ok);

        Map<String, String> failed = cells(csv.get(0), csv.get(2));
        assertEquals("B02 \"ctrl\", 1", failed.get("sample"));
        assertEquals("B02 \"ctrl\", 1.fcs", failed.get("file"));
        assertEquals("unstained", failed.get("role"));
        assertEquals("failed", failed.get("status"));
        assertEquals("B02 \"ctrl\", 1.fcs: byte 58: expected $ENDDATA\nbut file ends", failed.get("error"));
        assertEquals("DMSO, 0.1%", failed.get("treatment"));
        assertEquals("Zoë", failed.get("operator"));
        for (String empty : List.of("group", "events", "live_count", "live_pct", "necrotic_pct",
                "annexin_threshold_raw", "seed", "flags", "warnings", "cyt", "input_sha256")) {
            assertEquals("", failed.get(empty), empty);
        }
    }

    @Test
    void csvQuotesOnlyWhereRfc4180NeedsIt() {
        assertEquals("plain", SummaryWriter.quote("plain"));
        assertEquals("\"a,b\"", SummaryWriter.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", SummaryWriter.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", SummaryWriter.quote("two\nlines"));
        assertEquals("\"cr\rhere\"", SummaryWriter.quote("cr\rhere"));
        assertEquals("", SummaryWriter.quote(""));
        String csv = SummaryWriter.toCsv(rows);
        assertTrue(csv.contains(",\"B02 \"\"ctrl\"\", 1.fcs\","), csv);
        assertTrue(csv.endsWith("\r\n"));
    }

    @Test
    void decimalPointAndPlainNotationWhateverTheLocale() {
        SampleSummary tiny = SampleSummary.builder("t.fcs")
                .live(1L, 1.0e-7).earlyApoptotic(2L, 12.34565).lateApoptotic(3L, 99.99995).necrotic(4L, -0.00001)
                .annexinThreshold(1.0e7, 2.5e-7).viabilityThreshold(Double.NaN, Double.POSITIVE_INFINITY)
                .build();
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            Map<String, String> row = cells(SummaryColumns.fixedNames(),
                    Rfc4180.parse(SummaryWriter.toCsv(List.of(tiny))).get(1));
            assertEquals("0.0000", row.get("live_pct"));
            assertEquals("12.3457", row.get("early_apoptotic_pct")); // half-up on the decimal as written
            assertEquals("100.0000", row.get("late_apoptotic_pct"));
            assertEquals("0.0000", row.get("necrotic_pct")); // no "-0.0000"
            assertEquals("10000000.000000", row.get("annexin_threshold_raw"));
            assertEquals("0.000000", row.get("annexin_threshold_transformed"));
            assertEquals("", row.get("viability_threshold_raw"));
            assertEquals("", row.get("viability_threshold_transformed"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void quadrantsPercentOfTheirSumAndNullWhenEmpty() {
        SampleSummary thirds = SampleSummary.builder("x.fcs").quadrants(1, 1, 1, 0).build();
        assertEquals("33.3333", SummaryColumns.pct(thirds.livePct()).toPlainString());
        assertEquals("0.0000", SummaryColumns.pct(thirds.necroticPct()).toPlainString());
        SampleSummary empty = SampleSummary.builder("x.fcs").quadrants(0, 0, 0, 0).build();
        assertEquals(0L, empty.liveCount());
        assertEquals(null, empty.livePct());
    }

    @Test
    void sampleNameIsFileNameWithoutExtension() {
        assertEquals("A01 ctrl", SampleSummary.sampleNameOf("run7/A01 ctrl.fcs"));
        assertEquals("A01.v2", SampleSummary.sampleNameOf("C:\\runs\\A01.v2.FCS"));
        assertEquals("noext", SampleSummary.sampleNameOf("noext"));
        assertEquals(".fcs", SampleSummary.sampleNameOf(".fcs"));
    }

    @Test
    void jsonParsesBackWithSameValuesOrderAndNulls() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SummaryWriter.toJson(rows));
        assertEquals(1, root.get("schema_version").asInt());
        JsonNode samples = root.get("samples");
        assertEquals(2, samples.size());

        JsonNode ok = samples.get(0);
        List<String> names = new ArrayList<>();
        ok.fieldNames().forEachRemaining(names::add);
        List<String> expectedNames = new ArrayList<>(EXPECTED_HEADER.subList(0, EXPECTED_HEADER.size() - 2));
        expectedNames.add("metadata");
        assertEquals(expectedNames, names);
        assertEquals("A01_treated", ok.get("sample").asText());
        assertEquals(12000L, ok.get("events").asLong());
        assertTrue(ok.get("events").isIntegralNumber());
        assertEquals(70.01, ok.get("live_pct").asDouble(), 0.0);
        assertTrue(new String(SummaryWriter.toJson(rows), StandardCharsets.UTF_8).contains("\"live_pct\" : 70.0100,"));
        assertEquals(1234.567891, ok.get("annexin_threshold_raw").asDouble(), 0.0);
        assertEquals(List.of("low_events", "threshold_near_peak"),
                List.of(ok.get("flags").get(0).asText(), ok.get("flags").get(1).asText()));
        assertTrue(ok.get("error").isNull());
        assertEquals("staurosporine", ok.get("metadata").get("treatment").asText());

        JsonNode failed = samples.get(1);
        assertTrue(failed.get("events").isNull());
        assertTrue(failed.get("live_pct").isNull());
        assertEquals(0, failed.get("flags").size());
        assertEquals("B02 \"ctrl\", 1.fcs: byte 58: expected $ENDDATA\nbut file ends", failed.get("error").asText());
        assertEquals("Zoë", failed.get("metadata").get("operator").asText());
        List<String> metaOrder = new ArrayList<>();
        failed.get("metadata").fieldNames().forEachRemaining(metaOrder::add);
        assertEquals(List.of("treatment", "operator"), metaOrder);
    }

    @Test
    void jsonHasNoExponentsAndUnixLineEnds() {
        String json = new String(SummaryWriter.toJson(rows), StandardCharsets.UTF_8);
        assertFalse(json.contains("\r"));
        assertFalse(json.matches("(?s).*\\d[eE][+-]?\\d.*"), json);
        assertTrue(json.startsWith("{\n  \"schema_version\" : 1,"), json);
    }

    @Test
    void sameRowsGiveSameBytesOnDisk(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        SummaryWriter.writeAll(a, rows);
        SummaryWriter.writeAll(b, List.of(SummaryFixtures.okRow(), SummaryFixtures.failedRow()));
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.csv")), Files.readAllBytes(b.resolve("summary.csv")));
        assertArrayEquals(Files.readAllBytes(a.resolve("summary.json")), Files.readAllBytes(b.resolve("summary.json")));
        assertEquals(SummaryWriter.toCsv(rows), Files.readString(a.resolve("summary.csv")));
    }

    @Test
    void metadataNameCollidingWithFixedColumnGetsPrefix() {
        SampleSummary row = SampleSummary.builder("x.fcs").group("g").metadata("group", "sheet-group").build();
        List<List<String>> csv = Rfc4180.parse(SummaryWriter.toCsv(List.of(row)));
        Map<String, String> cells = cells(csv.get(0), csv.get(1));
        assertEquals("g", cells.get("group"));
        assertEquals("sheet-group", cells.get("meta_group"));
    }

    private static Map<String, String> cells(List<String> header, List<String> row) {
        assertEquals(header.size(), row.size(), "cells in row");
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), row.get(i));
        }
        return map;
    }
}
