package org.apogate.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link LocatedNode} tree with Jackson's streaming parser, keeping
 * each key's and value's position. Rejects what would otherwise be silently misread: duplicate keys,
 * YAML aliases, several documents, absurd nesting.
 */
final class LocatedTreeReader {
    private static final int MAX_DEPTH = 32;

    enum Format { YAML, JSON }

    private final String source;

    private LocatedTreeReader(String source) {
        this.source = source;
    }

    /** JSON for a {@code .json} name, YAML for {@code .yaml}/{@code .yml}, else sniffed from the first character. */
    static Format formatOf(String sourceName, String text) {
        String lower = sourceName == null ? "" : sourceName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Format.JSON;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Format.YAML;
        }
        String trimmed = text.stripLeading();
        return trimmed.startsWith("{") ? Format.JSON : Format.YAML;
    }

    /** The root node, or null for an empty document. Throws ConfigException on syntax errors. */
    static LocatedNode read(String text, String sourceName) {
        Format format = formatOf(sourceName, text);
        JsonFactory factory = format == Format.JSON ? new JsonFactory() : new YAMLFactory();
        LocatedTreeReader reader = new LocatedTreeReader(sourceName);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return null;
            }
            LocatedNode root = reader.readValue(p, 0);
            JsonToken extra = p.nextToken();
            if (extra != null) {
                throw reader.error(p.currentTokenLocation(), "", "only one document is allowed; found more content here");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(sourceName, e);
        } catch (IOException e) {
            throw new ConfigException(sourceName, 0, 0, "", "cannot read: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof ConfigException) {
                throw e;
            }
            // SnakeYAML can throw its own unchecked exceptions (limits, bad escapes): keep them one line.
            throw new ConfigException(sourceName, 0, 0, "", "syntax error: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    /** One line from Jackson's or SnakeYAML's multi-line message, at the problem's own position. */
    private static ConfigException syntaxError(String sourceName, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException) {
            MarkedYAMLException y = (MarkedYAMLException) e.getCause();
            Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
            String context = y.getContext() == null ? "" : firstLine(y.getContext()) + ": ";
            String problem = y.getProblem() == null ? firstLine(y.getMessage()) : firstLine(y.getProblem());
            return new ConfigException(sourceName, mark == null ? 0 : mark.getLine() + 1,
                    mark == null ? 0 : mark.getColumn() + 1, "", "syntax error: " + context + problem);
        }
        JsonLocation loc = e.getLocation();
        String msg = firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(start marker at \\[Source.*$", "")
                .replaceAll("\\s*at \\[Source.*$", "");
        return new ConfigException(sourceName, loc == null ? 0 : Math.max(loc.getLineNr(), 0),
                loc == null ? 0 : Math.max(loc.getColumnNr(), 0), "", "syntax error: " + msg);
    }

    private LocatedNode readValue(JsonParser p, int depth) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw error(loc, "", "nested more than " + MAX_DEPTH + " levels deep");
        }
        if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
            throw error(loc, "", "YAML aliases (*" + p.getText() + ") are not supported; write the value out");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT:
                return readMap(p, loc, depth);
            case START_ARRAY:
                return readList(p, loc, depth);
            case VALUE_STRING:
                return scalar(loc, LocatedNode.Kind.STRING, p.getText(), null, false);
            case VALUE_NUMBER_INT:
                return scalar(loc, LocatedNode.Kind.INTEGER, p.getText(), p.getNumberValue(), false);
            case VALUE_NUMBER_FLOAT:
                return scalar(loc, LocatedNode.Kind.FLOAT, p.getText(), p.getDoubleValue(), false);
            case VALUE_TRUE:
                return scalar(loc, LocatedNode.Kind.BOOLEAN, "true", null, true);
            case VALUE_FALSE:
                return scalar(loc, LocatedNode.Kind.BOOLEAN, "false", null, false);
            case VALUE_NULL:
                return scalar(loc, LocatedNode.Kind.NULL, "null", null, false);
            default:
                throw error(loc, "", "unexpected " + t);
        }
    }

    private LocatedNode readMap(JsonParser p, JsonLocation loc, int depth) throws IOException {
        Map<String, LocatedNode.Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyLoc = p.currentTokenLocation();
            String key = p.currentName();
            LocatedNode.Entry earlier = entries.get(key);
            if (earlier != null) {
                throw error(keyLoc, key, "duplicate key (first given at line " + earlier.line() + ":" + earlier.column() + ")");
            }
            p.nextToken();
            LocatedNode value = readValue(p, depth + 1);
            entries.put(key, new LocatedNode.Entry(key, line(keyLoc), column(keyLoc), value));
        }
        return new LocatedNode.MapNode(line(loc), column(loc), entries);
    }

    private LocatedNode readList(JsonParser p, JsonLocation loc, int depth) throws IOException {
        List<LocatedNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(p, depth + 1));
        }
        return new LocatedNode.ListNode(line(loc), column(loc), items);
    }

    private static LocatedNode scalar(JsonLocation loc, LocatedNode.Kind kind, String text, Number number, boolean bool) {
        return new LocatedNode.ScalarNode(line(loc), column(loc), kind, text, number, bool);
    }

    private ConfigException error(JsonLocation loc, String key, String problem) {
        return new ConfigException(source, line(loc), column(loc), key, problem);
    }

    private static int line(JsonLocation loc) {
        return Math.max(loc.getLineNr(), 0);
    }

    private static int column(JsonLocation loc) {
        return Math.max(loc.getColumnNr(), 0);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        String line = s.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl).strip();
    }
}
