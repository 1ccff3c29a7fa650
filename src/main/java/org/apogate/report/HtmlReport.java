package org.apogate.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * report.html: one self-contained page (inline CSS/JS, plots as base64 data URIs) with the run
 * header, a sortable summary table (flagged rows amber, failed rows red) and one section per sample
 * with its plots and key numbers. Every text is escaped. Same input, same bytes.
 */
public final class HtmlReport {
    /** Looked up when something is logged: initialising logging costs ~20 ms and most runs log nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(HtmlReport.class);
    }

    private final RunInfo run;
    private final List<Entry> entries;

    private record Entry(SampleSummary summary, List<PlotImage> plots) {
    }

    private HtmlReport(RunInfo run, List<Entry> entries) {
        this.run = run;
        this.entries = List.copyOf(entries);
    }

    public static Builder builder(RunInfo run) {
        return new Builder(run);
    }

    /** Adds samples in table order. */
    public static final class Builder {
        private final RunInfo run;
        private final List<Entry> entries = new ArrayList<>();

        private Builder(RunInfo run) {
            this.run = Objects.requireNonNull(run, "run");
        }

        /** A sample and its plots (usually scatter/debris, singlets, Annexin V vs viability). */
        public Builder sample(SampleSummary summary, List<PlotImage> plots) {
            entries.add(new Entry(Objects.requireNonNull(summary, "summary"), List.copyOf(plots)));
            return this;
        }

        public HtmlReport build() {
            return new HtmlReport(run, entries);
        }
    }

    /** Writes the page atomically; plot files are read one at a time. */
    public void write(Path target) {
        AtomicFiles.write(target, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writeTo(writer);
            writer.flush();
        });
    }

    /** The page as a string (for tests and small runs). */
    public String toHtml() {
        StringWriter out = new StringWriter();
        try {
            writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // StringWriter does not fail
        }
        return out.toString();
    }

    public void writeTo(Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc(run.title()) + "</title>\n");
        out.write("<script>\n" + HtmlAssets.ERROR_COUNTER + "</script>\n");
        out.write("<style>\n" + HtmlAssets.CSS + "</style>\n</head>\n");
        out.write("<body data-images-ok=\"\" data-js-errors=\"0\">\n");
        writeHeader(out);
        writeTable(out);
        for (int i = 0; i < entries.size(); i++) {
            writeSection(out, i, entries.get(i));
        }
        out.write("<script>\n" + HtmlAssets.SCRIPT + "</script>\n</body>\n</html>\n");
    }

    private void writeHeader(Writer out) throws IOException {
        int ok = 0;
        int flagged = 0;
        int failed = 0;
        for (Entry entry : entries) {
            switch (entry.summary().status()) {
                case OK -> ok++;
                case FLAGGED -> flagged++;
                case FAILED -> failed++;
            }
        }
        out.write("<header>\n<h1>" + esc(run.title()) + "</h1>\n<div class=\"run\">\n<dl>\n");
        definition(out, "ApoGate version", run.version());
        definition(out, "Run date", run.date());
        definition(out, "Input files", Integer.toString(run.inputCount()));
        definition(out, "Samples", entries.size() + " (" + ok + " ok, " + flagged + " flagged, " + failed + " failed)");
        out.write("</dl>\n");
        if (!run.config().isEmpty()) {
            out.write("<dl class=\"config\">\n");
            for (Map.Entry<String, String> line : run.config().entrySet()) {
                definition(out, line.getKey(), line.getValue());
            }
            out.write("</dl>\n");
        }
        out.write("</div>\n</header>\n");
    }

    private static final String[] TABLE_HEADERS = {"#", "Sample", "Group", "Role", "Status", "Events", "Singlets",
        "Live %", "Early apoptotic %", "Late apoptotic %", "Necrotic %", "Flags / error"};

    private void writeTable(Writer out) throws IOException {
        out.write("<table class=\"summary sortable\">\n<thead><tr>");
        for (String header : TABLE_HEADERS) {
            out.write("<th scope=\"col\"><button type=\"button\">" + esc(header) + "</button></th>");
        }
        out.write("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            SampleSummary s = entries.get(i).summary();
            out.write("<tr class=\"" + s.status().wireName() + "\">");
            numberCell(out, (long) (i + 1));
            out.write("<td><a href=\"#" + HtmlEscape.sampleId(i) + "\">" + esc(s.sample()) + "</a></td>");
            textCell(out, s.group());
            textCell(out, s.role().wireName());
            out.write("<td class=\"status\">" + esc(s.status().wireName()) + "</td>");
            numberCell(out, s.events());
            numberCell(out, s.singlets());
            percentCell(out, s.livePct());
            percentCell(out, s.earlyApoptoticPct());
            percentCell(out, s.lateApoptoticPct());
            percentCell(out, s.necroticPct());
            out.write("<td class=\"issues\">" + esc(issues(s)) + "</td>");
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n");
    }

    private static String issues(SampleSummary s) {
        List<String> parts = new ArrayList<>();
        if (s.error() != null) {
            parts.add(s.error());
        }
        parts.addAll(s.flags());
        return String.join("; ", parts);
    }

    private void writeSection(Writer out, int index, Entry entry) throws IOException {
        SampleSummary s = entry.summary();
        out.write("<section class=\"sample " + s.status().wireName() + "\" id=\"" + HtmlEscape.sampleId(index) + "\">\n");
        out.write("<h2>" + esc(s.sample()) + " <span class=\"status\">" + esc(s.status().wireName()) + "</span></h2>\n");
        out.write("<div class=\"file\">" + esc(s.file()) + "</div>\n");
        if (s.error() != null) {
            out.write("<p class=\"issues\"><strong>Error:</strong> " + esc(s.error()) + "</p>\n");
        }
        list(out, "Flags", s.flags());
        list(out, "Warnings", s.warnings());
        out.write("<dl class=\"numbers\">\n");
        definition(out, "Role / group", s.role().wireName() + (s.group() == null ? "" : " / " + s.group()));
        definition(out, "Events", count(s.events()));
        definition(out, "Debris", count(s.debris()));
        definition(out, "Doublets", count(s.doublets()));
        definition(out, "Singlets", count(s.singlets()));
        definition(out, "Live", quadrant(s.liveCount(), s.livePct()));
        definition(out, "Early apoptotic", quadrant(s.earlyApoptoticCount(), s.earlyApoptoticPct()));
        definition(out, "Late apoptotic", quadrant(s.lateApoptoticCount(), s.lateApoptoticPct()));
        definition(out, "Necrotic", quadrant(s.necroticCount(), s.necroticPct()));
        definition(out, "Annexin V threshold", threshold(s.annexinChannel(), s.annexinThresholdRaw(),
                s.annexinThresholdTransformed()));
        definition(out, "Viability threshold", threshold(s.viabilityChannel(), s.viabilityThresholdRaw(),
                s.viabilityThresholdTransformed()));
        definition(out, "Threshold method", s.thresholdMethod());
        definition(out, "Compensation", s.compensationSource());
        definition(out, "Transform", s.transform());
        definition(out, "Instrument / well / plate", joinPresent(s.cyt(), s.wellId(), s.plate()));
        for (Map.Entry<String, String> meta : s.metadata().entrySet()) {
            definition(out, meta.getKey(), meta.getValue());
        }
        out.write("</dl>\n");
        if (!entry.plots().isEmpty()) {
            out.write("<div class=\"plots\">\n");
            for (PlotImage plot : entry.plots()) {
                writePlot(out, s.sample(), plot);
            }
            out.write("</div>\n");
        }
        out.write("</section>\n");
    }

    private static void writePlot(Writer out, String sample, PlotImage plot) throws IOException {
        byte[] png = plot.png();
        if (png == null) {
            try {
                png = Files.readAllBytes(plot.file());
            } catch (IOException e) {
                log().warn("plot {} of {} not embedded: {}", plot.file(), sample, ReportException.describe(e));
                out.write("<figure><div class=\"missing\">plot not available: " + esc(plot.file().toString())
                        + "</div><figcaption>" + esc(plot.caption()) + "</figcaption></figure>\n");
                return;
            }
        }
        out.write("<figure><img alt=\"" + esc(sample + ": " + plot.caption()) + "\" src=\"data:image/png;base64,");
        out.write(Base64.getEncoder().encodeToString(png));
        out.write("\"><figcaption>" + esc(plot.caption()) + "</figcaption></figure>\n");
    }

    private static void list(Writer out, String title, List<String> items) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.write("<div class=\"issues\"><strong>" + esc(title) + ":</strong><ul class=\"issues\">");
        for (String item : items) {
            out.write("<li>" + esc(item) + "</li>");
        }
        out.write("</ul></div>\n");
    }

    private static void definition(Writer out, String term, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        out.write("<dt>" + esc(term) + "</dt><dd>" + esc(value) + "</dd>\n");
    }

    private static void textCell(Writer out, String text) throws IOException {
        out.write("<td>" + esc(text) + "</td>");
    }

    private static void numberCell(Writer out, Long value) throws IOException {
        String text = value == null ? "" : value.toString();
        out.write("<td class=\"num\" data-sort=\"" + text + "\">" + text + "</td>");
    }

    private static void percentCell(Writer out, Double pct) throws IOException {
        BigDecimal exact = SummaryColumns.pct(pct);
        String sortKey = exact == null ? "" : exact.toPlainString();
        out.write("<td class=\"num\" data-sort=\"" + sortKey + "\">" + shortPercent(pct) + "</td>");
    }

    private static String shortPercent(Double pct) {
        if (pct == null || !Double.isFinite(pct)) {
            return "";
        }
        BigDecimal rounded = BigDecimal.valueOf(pct).setScale(2, java.math.RoundingMode.HALF_UP);
        return (rounded.signum() == 0 ? BigDecimal.ZERO.setScale(2) : rounded).toPlainString();
    }

    static String count(Long value) {
        if (value == null) {
            return null;
        }
        // thousands separators by hand: String.format's first use in a process costs ~18 ms
        String signed = Long.toString(value);
        String digits = value < 0 ? signed.substring(1) : signed;
        StringBuilder b = new StringBuilder(value < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private static String quadrant(Long count, Double pct) {
        if (count == null && pct == null) {
            return null;
        }
        String p = shortPercent(pct);
        return (p.isEmpty() ? "" : p + " %") + (count == null ? "" : " (" + count(count) + ")");
    }

    private static String threshold(String channel, Double raw, Double transformed) {
        BigDecimal r = SummaryColumns.threshold(raw);
        BigDecimal t = SummaryColumns.threshold(transformed);
        if (r == null && t == null) {
            return null;
        }
        return joinPresent(channel, r == null ? null : "raw " + r.stripTrailingZeros().toPlainString(),
                t == null ? null : "scale " + t.stripTrailingZeros().toPlainString());
    }

    private static String joinPresent(String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(" · ", present);
    }

    private static String esc(String text) {
        return HtmlEscape.text(text);
    }
}
