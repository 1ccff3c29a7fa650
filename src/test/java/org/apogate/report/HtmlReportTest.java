package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    /** Legal in a file name; would add an image and run script if it reached the page unescaped. */
    private static final String HOSTILE = "<img src=x onerror=\"alert(1)\"> & 'q' Zoë";

    @TempDir
    Path dir;

    private static byte[] scatterPng;
    private static byte[] singletsPng;
    private static byte[] quadrantsPng;

    private static synchronized void makePlots() {
        if (scatterPng == null) {
            scatterPng = PlotFixtures.scatter(5000, 1);
            singletsPng = PlotFixtures.singlets(5000, 2);
            quadrantsPng = PlotFixtures.quadrants(5000, 3);
        }
    }

    /** Four samples (ok, flagged, failed, hostile name) with 3 plots each; one plot is a file. */
    private HtmlReport report(Path plotFile) {
        makePlots();
        Map<String, String> config = new LinkedHashMap<>();
        config.put("Annexin V channel", "FITC-A");
        config.put("Viability channel", "PE-A");
        config.put("Config file", "/etc/apogate/" + HOSTILE + ".yaml");
        RunInfo run = new RunInfo("ApoGate report", "0.1.0", "2026-11-25T04:00:00Z", 4, config);
        SampleSummary ok = SampleSummary.builder("C03_dmso.fcs").group("control").events(10000L).singlets(8000L)
                .quadrants(7200, 400, 300, 100).build();
        SampleSummary hostile = SampleSummary.builder("/runs/" + HOSTILE + ".fcs").group(HOSTILE)
                .flags(List.of(HOSTILE)).status(SampleStatus.FLAGGED).quadrants(50, 30, 15, 5)
                .metadata("note", HOSTILE).build();
        return HtmlReport.builder(run)
                .sample(SummaryFixtures.okRow(), List.of(PlotImage.of("Cells", scatterPng),
                        PlotImage.of("Singlets", singletsPng), PlotImage.ofFile("Annexin V / PI", plotFile)))
                .sample(SummaryFixtures.failedRow(), List.of())
                .sample(ok, List.of(PlotImage.of("Cells", scatterPng), PlotImage.of("Singlets", singletsPng),
                        PlotImage.of("Annexin V / PI", quadrantsPng)))
                .sample(hostile, List.of(PlotImage.of("Cells", scatterPng), PlotImage.of("Singlets", singletsPng),
                        PlotImage.of("Annexin V / PI", quadrantsPng),
                        PlotImage.ofFile("Missing", dir.resolve("does-not-exist.png"))))
                .build();
    }

    private Path plotFile() throws Exception {
        makePlots();
        return Files.write(dir.resolve("A01_quadrants.png"), quadrantsPng);
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String html = report(plotFile()).toHtml();
        assertFalse(html.contains("<img src=x"), "raw markup from a file name must not reach the page");
        assertFalse(html.contains("'q'"));
        String escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;q&#39; Zoë";
        assertTrue(html.contains("<h2>" + escaped + " <span"), "section title is the escaped sample name");
        assertTrue(html.contains("<dt>note</dt><dd>" + escaped + "</dd>"));
        assertEquals(2, count(html, "<script>"), "only our two inline scripts");
        // The failed row's error keeps its newline as text and its quotes escaped.
        assertTrue(html.contains("B02 &quot;ctrl&quot;, 1.fcs: byte 58: expected $ENDDATA\nbut file ends"));
    }

    @Test
    void selfContainedAndDeterministic() throws Exception {
        Path plot = plotFile();
        String html = report(plot).toHtml();
        assertFalse(html.contains("http:"), "no network references");
        assertFalse(html.contains("https:"), "no network references");
        assertFalse(html.contains("<link"), "no external stylesheet");
        Matcher src = Pattern.compile("src=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (src.find()) {
            assertTrue(src.group(1).startsWith("data:image/png;base64,"), src.group(1));
            images++;
        }
        assertEquals(9, images, "3 + 3 + 3 embedded plots; the missing one is a placeholder");
        assertTrue(html.contains("plot not available: " + dir.resolve("does-not-exist.png")));
        Path a = dir.resolve("a/report.html");
        Path b = dir.resolve("b/report.html");
        report(plot).write(a);
        report(plot).write(b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(html, Files.readString(a, StandardCharsets.UTF_8));
    }

    @Test
    void rowsAreClassedByStatusWithNumbers() throws Exception {
        String html = report(plotFile()).toHtml();
        assertEquals(2, count(html, "<tr class=\"flagged\">"));
        assertEquals(1, count(html, "<tr class=\"failed\">"));
        assertEquals(1, count(html, "<tr class=\"ok\">"));
        assertTrue(html.contains("<td class=\"num\" data-sort=\"70.0100\">70.01</td>"), "live % of A01");
        assertTrue(html.contains("<td class=\"num\" data-sort=\"90.0000\">90.00</td>"), "7200 of 8000 live");
        assertTrue(html.contains("<dt>Live</dt><dd>70.01 % (7,001)</dd>"));
        assertTrue(html.contains("Samples</dt><dd>4 (1 ok, 2 flagged, 1 failed)</dd>"));
    }

    @Test
    void opensInHeadlessChromiumWithAllImagesAndNoScriptErrors() throws Exception {
        Path browser = HeadlessBrowser.require();
        Path page = dir.resolve("out/report.html");
        report(plotFile()).write(page);
        Files.copy(page, Files.createDirectories(Path.of("target", "html")).resolve("report.html"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING); // kept for looking at
        String dom = HeadlessBrowser.dumpDom(browser, page, dir);
        assertTrue(dom.contains("data-images-ok=\"9/9\""), bodyTag(dom));
        assertTrue(dom.contains("data-js-errors=\"0\""), bodyTag(dom));
    }

    @Test
    void headerClickSortsTheTableInChromium() throws Exception {
        Path browser = HeadlessBrowser.require();
        Path page = dir.resolve("sorted.html");
        // A test-only script clicks "Live %" twice and records the sample order after each click.
        String probe = "<script>window.addEventListener('load', function () {"
                + "var b = document.querySelectorAll('table.summary th button')[7];"
                + "function order() { return Array.prototype.map.call(document.querySelectorAll('table.summary tbody tr'),"
                + " function (r) { return r.cells[0].textContent; }).join(','); }"
                + "b.click(); document.body.setAttribute('data-asc', order());"
                + "b.click(); document.body.setAttribute('data-desc', order());"
                + "});</script></body>";
        String html = report(plotFile()).toHtml().replace("</body>", probe);
        Files.writeString(page, html, StandardCharsets.UTF_8);
        String dom = HeadlessBrowser.dumpDom(browser, page, dir);
        // Live %: #1 70.01, #2 failed (blank, always last), #3 90.00, #4 50.00.
        assertTrue(dom.contains("data-asc=\"4,1,3,2\""), bodyTag(dom));
        assertTrue(dom.contains("data-desc=\"3,1,4,2\""), bodyTag(dom));
        assertTrue(dom.contains("data-js-errors=\"0\""), bodyTag(dom));
    }

    private static String bodyTag(String dom) {
        int start = dom.indexOf("<body");
        return start < 0 ? "no <body> in DOM: " + dom.substring(0, Math.min(500, dom.length()))
                : dom.substring(start, dom.indexOf('>', start) + 1);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }


    @Test
    void countsGetThousandsSeparatorsLikeFormatWould() {
        for (long v : new long[] {0, 7, 999, 1000, 12_345, 123_456, 1_234_567, -1234, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", v), HtmlReport.count(v), Long.toString(v));
        }
        assertEquals(null, HtmlReport.count(null));
    }
}
