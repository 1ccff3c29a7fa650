package org.apogate.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A CSV sample sheet: header with required {@code file,role,group}, optional
 * {@code annexin_channel,viability_channel}, and any metadata columns (kept in order). Comma,
 * semicolon or tab separated (taken from the header); blank lines and lines starting with '#'
 * are skipped. Every problem is reported with file:line:column and the column name.
 */
public final class SampleSheet {
    static final String FILE = "file";
    static final String ROLE = "role";
    static final String GROUP = "group";
    static final String ANNEXIN = "annexin_channel";
    static final String VIABILITY = "viability_channel";
    private static final List<String> REQUIRED = List.of(FILE, ROLE, GROUP);
    private static final List<String> RESERVED = List.of(FILE, ROLE, GROUP, ANNEXIN, VIABILITY);

    private final String source;
    private final List<SampleSheetRow> rows;
    private final List<String> metadataColumns;
    private final Map<String, SampleSheetRow> byFileName;

    private SampleSheet(String source, List<SampleSheetRow> rows, List<String> metadataColumns) {
        this.source = source;
        this.rows = List.copyOf(rows);
        this.metadataColumns = List.copyOf(metadataColumns);
        Map<String, SampleSheetRow> index = new HashMap<>();
        for (SampleSheetRow row : rows) {
            index.put(key(row.file()), row);
        }
        this.byFileName = Collections.unmodifiableMap(index);
    }

    public static SampleSheet read(Path csv) {
        return parse(ConfigText.read(csv), csv.toString());
    }

    public static SampleSheet parse(String text, String sourceName) {
        return new Parser(sourceName).parse(text);
    }

    public String source() {
        return source;
    }

    public List<SampleSheetRow> rows() {
        return rows;
    }

    /** Names of the metadata columns (as written in the header), in order. */
    public List<String> metadataColumns() {
        return metadataColumns;
    }

    /** The row for an input file, matched on the file name only, ignoring case. */
    public Optional<SampleSheetRow> find(String fileNameOrPath) {
        return Optional.ofNullable(byFileName.get(key(fileNameOrPath)));
    }

    public Optional<SampleSheetRow> find(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : find(name.toString());
    }

    /** The last component of a path written with '/' or '\' separators. */
    static String fileNameOf(String path) {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(cut + 1);
    }

    private static String key(String path) {
        return fileNameOf(path.strip()).toLowerCase(Locale.ROOT);
    }

    /** Parses the text line by line, collecting all issues before failing. */
    private static final class Parser {
        private final String source;
        private final List<ConfigIssue> issues = new ArrayList<>();

        Parser(String source) {
            this.source = source;
        }

        SampleSheet parse(String rawText) {
            String text = rawText.startsWith("\uFEFF") ? rawText.substring(1) : rawText;
            String[] lines = text.split("\r\n|\n|\r", -1);
            int headerIndex = firstContentLine(lines, 0);
            if (headerIndex < 0) {
                throw new ConfigException(source, 1, 1, "", "empty sample sheet; expected a header line such as file,role,group");
            }
            char delimiter = CsvLines.sniffDelimiter(lines[headerIndex]);
            List<CsvLines.Field> header = split(lines[headerIndex], headerIndex + 1, delimiter);
            if (header == null) {
                throw new ConfigException(issues);
            }
            Map<String, Integer> columns = headerColumns(header, headerIndex + 1);
            if (!issues.isEmpty()) {
                throw new ConfigException(issues);
            }
            List<String> metadata = new ArrayList<>();
            for (CsvLines.Field f : header) {
                if (!RESERVED.contains(f.value().toLowerCase(Locale.ROOT))) {
                    metadata.add(f.value());
                }
            }
            List<SampleSheetRow> rows = new ArrayList<>();
            Map<String, Integer> firstLineOf = new HashMap<>();
            for (int i = headerIndex + 1; i < lines.length; i++) {
                if (isSkipped(lines[i])) {
                    continue;
                }
                SampleSheetRow row = row(lines[i], i + 1, delimiter, header, columns);
                if (row == null) {
                    continue;
                }
                Integer earlier = firstLineOf.putIfAbsent(key(row.file()), i + 1);
                if (earlier != null) {
                    issue(i + 1, fieldColumn(lines[i], delimiter, columns.get(FILE)), FILE,
                            "duplicate row for file '" + row.fileName() + "' (first given at line " + earlier + ")");
                    continue;
                }
                rows.add(row);
            }
            if (!issues.isEmpty()) {
                throw new ConfigException(issues);
            }
            return new SampleSheet(source, rows, metadata);
        }

        private Map<String, Integer> headerColumns(List<CsvLines.Field> header, int line) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            Map<String, CsvLines.Field> lookalikes = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                CsvLines.Field f = header.get(i);
                String name = f.value().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    issue(line, f.column(), "", "column " + (i + 1) + " has no name in the header");
                    continue;
                }
                if (columns.containsKey(name)) {
                    issue(line, f.column(), f.value(), "duplicate column name in the header");
                    continue;
                }
                columns.put(name, i);
                String near = KeySuggester.nearest(name, RESERVED);
                if (!RESERVED.contains(name) && near != null && KeySuggester.distance(name, near) <= 2) {
                    lookalikes.putIfAbsent(near, f);
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    CsvLines.Field typo = lookalikes.remove(required);
                    if (typo != null) {
                        issue(line, typo.column(), required, "missing required column '" + required + "'; found '"
                                + typo.value() + "' here (did you mean " + required + "?)");
                    } else {
                        issue(line, 1, required, "missing required column '" + required
                                + "'; the header needs file, role and group (group may be left empty per row)");
                    }
                }
            }
            for (Map.Entry<String, CsvLines.Field> e : lookalikes.entrySet()) {
                // A misspelt optional column would silently become metadata.
                issue(line, e.getValue().column(), e.getValue().value(), "unknown column that looks like '" + e.getKey()
                        + "' (did you mean " + e.getKey() + "?); rename it, or give metadata columns distinct names");
            }
            issues.sort(Comparator.comparingInt(ConfigIssue::line).thenComparingInt(ConfigIssue::column));
            return columns;
        }

        private SampleSheetRow row(String text, int line, char delimiter, List<CsvLines.Field> header,
                Map<String, Integer> columns) {
            List<CsvLines.Field> fields = split(text, line, delimiter);
            if (fields == null) {
                return null;
            }
            if (fields.size() != header.size()) {
                issue(line, 1, "", "expected " + header.size() + " columns as in the header, got " + fields.size());
                return null;
            }
            CsvLines.Field file = fields.get(columns.get(FILE));
            CsvLines.Field roleField = fields.get(columns.get(ROLE));
            boolean ok = true;
            if (file.value().isEmpty()) {
                issue(line, file.column(), FILE, "file name is empty");
                ok = false;
            }
            SampleRole role = ConfigEnums.find(SampleRole.class, roleField.value().toLowerCase(Locale.ROOT));
            if (role == null) {
                List<String> names = ConfigEnums.names(SampleRole.class);
                String near = KeySuggester.nearest(roleField.value(), names);
                issue(line, roleField.column(), ROLE, "must be one of " + String.join(", ", names) + ", got '"
                        + roleField.value() + "'" + (near == null ? "" : " (did you mean " + near + "?)"));
                ok = false;
            }
            if (!ok) {
                return null;
            }
            LinkedHashMap<String, String> metadata = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).value();
                if (!RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
                    metadata.put(name, fields.get(i).value());
                }
            }
            return new SampleSheetRow(file.value(), role, fields.get(columns.get(GROUP)).value(),
                    optional(fields, columns.get(ANNEXIN)), optional(fields, columns.get(VIABILITY)), metadata);
        }

        private static String optional(List<CsvLines.Field> fields, Integer index) {
            if (index == null) {
                return null;
            }
            String v = fields.get(index).value();
            return v.isEmpty() ? null : v;
        }

        private List<CsvLines.Field> split(String text, int line, char delimiter) {
            try {
                return CsvLines.split(text, delimiter);
            } catch (CsvLines.CsvSyntaxException e) {
                issue(line, e.column, "", e.getMessage());
                return null;
            }
        }

        private static int fieldColumn(String text, char delimiter, int index) {
            try {
                return CsvLines.split(text, delimiter).get(index).column();
            } catch (CsvLines.CsvSyntaxException | IndexOutOfBoundsException e) {
                return 1;
            }
        }

        private static int firstContentLine(String[] lines, int from) {
            for (int i = from; i < lines.length; i++) {
                if (!isSkipped(lines[i])) {
                    return i;
                }
            }
            return -1;
        }

        private static boolean isSkipped(String line) {
            String t = line.strip();
            return t.isEmpty() || t.startsWith("#");
        }

        private void issue(int line, int column, String columnName, String problem) {
            issues.add(new ConfigIssue(source, line, column, columnName, problem));
        }
    }
}
