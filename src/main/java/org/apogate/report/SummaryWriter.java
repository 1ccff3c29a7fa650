package org.apogate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes summary.csv (RFC 4180: header row, CRLF, quotes only where needed, '.' decimals, no
 * exponents) and summary.json ({@code {"schema_version": 1, "samples": [...]}}). Same rows in, same
 * bytes out: no Locale, no clock, no platform line separator involved.
 */
public final class SummaryWriter {
    /** Bumped when a column is renamed, removed or changes meaning (adding columns keeps it). */
    public static final int SCHEMA_VERSION = 1;

    private static final String CRLF = "\r\n";

    private SummaryWriter() {
    }

    /** Writes {@code dir/summary.csv} and {@code dir/summary.json} atomically. */
    public static void writeAll(Path dir, List<SampleSummary> rows) {
        writeCsv(dir.resolve("summary.csv"), rows);
        writeJson(dir.resolve("summary.json"), rows);
    }

    public static void writeCsv(Path target, List<SampleSummary> rows) {
        AtomicFiles.writeString(target, toCsv(rows));
    }

    public static void writeJson(Path target, List<SampleSummary> rows) {
        AtomicFiles.write(target, out -> writeJson(out, rows));
    }

    /** The CSV text; metadata columns follow the fixed ones, as the union over rows in first-seen order. */
    public static String toCsv(List<SampleSummary> rows) {
        List<SummaryColumns.Column> fixed = SummaryColumns.fixed();
        List<String> metaKeys = SummaryColumns.metadataKeys(rows);
        StringBuilder csv = new StringBuilder();
        String sep = "";
        for (SummaryColumns.Column column : fixed) {
            csv.append(sep).append(quote(column.name()));
            sep = ",";
        }
        for (String key : metaKeys) {
            csv.append(sep).append(quote(SummaryColumns.metadataHeader(key)));
        }
        csv.append(CRLF);
        for (SampleSummary row : rows) {
            sep = "";
            for (SummaryColumns.Column column : fixed) {
                csv.append(sep).append(quote(SummaryColumns.text(column.cell().apply(row))));
                sep = ",";
            }
            for (String key : metaKeys) {
                csv.append(sep).append(quote(SummaryColumns.text(row.metadata().get(key))));
            }
            csv.append(CRLF);
        }
        return csv.toString();
    }

    /** The JSON document as UTF-8 bytes (two-space indent, '\n' line ends, trailing newline). */
    public static byte[] toJson(List<SampleSummary> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeJson(out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen for an in-memory stream
        }
        return out.toByteArray();
    }

    /**
     * Streams the JSON document. Each sample is an object with the fixed columns in order, lists as
     * arrays, numbers as numbers (rounded like the CSV), and the sample-sheet columns under "metadata".
     */
    public static void writeJson(OutputStream out, List<SampleSummary> rows) throws IOException {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeNumberField("schema_version", SCHEMA_VERSION);
            json.writeArrayFieldStart("samples");
            for (SampleSummary row : rows) {
                writeSample(json, row);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void writeSample(JsonGenerator json, SampleSummary row) throws IOException {
        json.writeStartObject();
        for (SummaryColumns.Column column : SummaryColumns.fixed()) {
            json.writeFieldName(column.name());
            JsonValues.write(json, column.cell().apply(row));
        }
        json.writeObjectFieldStart("metadata");
        for (Map.Entry<String, String> entry : row.metadata().entrySet()) {
            json.writeFieldName(entry.getKey());
            JsonValues.write(json, entry.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** RFC 4180: quote a field containing a comma, quote, CR or LF (or edge spaces); double inner quotes. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty()
                        && (Character.isWhitespace(field.charAt(0))
                                || Character.isWhitespace(field.charAt(field.length() - 1))));
        if (!needs) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
