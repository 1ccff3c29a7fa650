package org.apogate.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Plain values (maps, lists, records, strings, numbers, enums) as pretty JSON through Jackson's
 * streaming generator. Records come out as databind would write them (component names, enums by
 * name), so databind reads them back; but this avoids databind's introspection, which costs more
 * than a tenth of a second in a fresh JVM for the one or two documents a run writes.
 */
public final class JsonValues {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private JsonValues() {
    }

    /** UTF-8 JSON of {@code value}, indented, ending with a newline. */
    public static byte[] pretty(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            write(json, value);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen for an in-memory stream
        }
        return out.toByteArray();
    }

    /** Writes one value (also what summary.json's cells go through). */
    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName(String.valueOf(entry.getKey()));
                write(json, entry.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            json.writeStartArray();
            for (Object item : items) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Record r) {
            writeRecord(json, r);
        } else {
            json.writeString(value.toString());
        }
    }

    private static void writeRecord(JsonGenerator json, Record r) throws IOException {
        json.writeStartObject();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            json.writeFieldName(c.getName());
            try {
                c.getAccessor().setAccessible(true);
                write(json, c.getAccessor().invoke(r));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("record component " + c.getName() + " of " + r.getClass().getName(), e);
            }
        }
        json.writeEndObject();
    }
}
