package org.apogate.compensation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spillover matrices as CSV/TSV files (FlowJo / FlowKit style): a header row of detector names, then
 * one row of values per fluorochrome in the same order (row i spills into column j, as in
 * {@link SpilloverMatrix}). A leading "#" on the header is ignored. An optional first column of row
 * names is allowed; each must name a header channel exactly once, and rows are put in header order.
 */
public final class SpilloverCsv {
    private static final int MAX_CHANNELS = 1000;

    private SpilloverCsv() {
    }

    /** @throws CompensationException for malformed content, naming the file, row and column */
    public static SpilloverMatrix read(Path path) {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spillover matrix " + path, e);
        }
        return parse(path.getFileName().toString(), content);
    }

    /**
     * The matrix in {@code content}, the bytes of a file named {@code fileName} (for messages), so a
     * caller that also hashes the file reads it once.
     *
     * @throws CompensationException for malformed content, naming the file, row and column
     */
    public static SpilloverMatrix parse(String fileName, byte[] content) {
        String source = "file " + fileName;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CompensationException(source + ": not UTF-8 text: expected a CSV spillover matrix", e);
        }
        List<List<String>> lines = new ArrayList<>();
        char delimiter = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (lines.isEmpty()) {
                line = stripBom(line);
            }
            if (line.isBlank()) {
                continue;
            }
            if (delimiter == 0) {
                delimiter = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(',') >= 0 ? ',' : ';';
            }
            lines.add(withoutTrailingEmpty(CsvFields.split(line, delimiter)));
            if (lines.size() > MAX_CHANNELS + 1) {
                throw new CompensationException(source + ": more than " + MAX_CHANNELS
                        + " rows: expected a spillover matrix");
            }
        }
        if (lines.isEmpty()) {
            throw new CompensationException(source + ": empty: expected a header row of channel names");
        }
        return parse(source, lines);
    }

    private static SpilloverMatrix parse(String source, List<List<String>> lines) {
        List<String> header = new ArrayList<>(lines.get(0));
        if (!header.isEmpty() && header.get(0).startsWith("#")) {
            header.set(0, header.get(0).substring(1).trim());
        }
        List<List<String>> rows = lines.subList(1, lines.size());
        boolean rowNames = hasRowNames(header, rows);
        if (rowNames && rows.get(0).size() == header.size()) {
            header.remove(0); // corner cell above the row names
        }
        int n = header.size();
        checkNames(source, header);
        if (rows.size() != n) {
            throw new CompensationException(source + ": " + rows.size() + " value rows for " + n
                    + " header channels: expected one row per channel");
        }
        int offset = rowNames ? 1 : 0;
        double[][] values = new double[n][];
        for (int r = 0; r < n; r++) {
            List<String> row = rows.get(r);
            int line = r + 2;
            if (row.size() != n + offset) {
                throw new CompensationException(source + ": row " + line + " has " + row.size()
                        + " fields: expected " + (n + offset));
            }
            int target = r;
            if (rowNames) {
                target = header.indexOf(row.get(0));
                if (target < 0) {
                    throw new CompensationException(source + ": row " + line + " name " + Quoted.of(row.get(0))
                            + ": expected one of the header channels " + Quoted.list(header));
                }
                if (values[target] != null) {
                    throw new CompensationException(source + ": row " + line + " name " + Quoted.of(row.get(0))
                            + " appears twice: expected each channel once");
                }
            }
            double[] v = new double[n];
            for (int c = 0; c < n; c++) {
                v[c] = number(source, row.get(c + offset), line, c + offset + 1);
            }
            values[target] = v;
        }
        return new SpilloverMatrix(header, values, source);
    }

    /** Row names are present when data rows are one field longer than the header or start with a non-number. */
    private static boolean hasRowNames(List<String> header, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<String> first = rows.get(0);
        if (first.size() == header.size() + 1) {
            return true;
        }
        try {
            Double.parseDouble(first.get(0));
            return false;
        } catch (NumberFormatException e) {
            return first.size() == header.size();
        }
    }

    private static void checkNames(String source, List<String> header) {
        if (header.isEmpty() || header.size() > MAX_CHANNELS) {
            throw new CompensationException(source + ": header has " + header.size()
                    + " channel names: expected 1 to " + MAX_CHANNELS);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isEmpty()) {
                throw new CompensationException(source + ": header column " + (i + 1)
                        + " is empty: expected a channel name");
            }
            if (!seen.add(header.get(i))) {
                throw new CompensationException(source + ": header channel " + Quoted.of(header.get(i))
                        + " appears twice: expected distinct channels");
            }
        }
    }

    private static double number(String source, String token, int line, int column) {
        try {
            double v = Double.parseDouble(token);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CompensationException(source + ": row " + line + ", column " + column + " " + Quoted.of(token)
                + ": expected a finite number");
    }

    /** Spreadsheet exports often end rows with a delimiter; the empty last field means nothing. */
    private static List<String> withoutTrailingEmpty(List<String> fields) {
        int end = fields.size();
        while (end > 1 && fields.get(end - 1).isEmpty()) {
            end--;
        }
        return fields.subList(0, end);
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** Writes a header row of channel names, then the rows; values round-trip exactly. */
    public static void write(SpilloverMatrix matrix, Path path) {
        try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            List<String> names = new ArrayList<>();
            for (String c : matrix.channels()) {
                names.add(CsvFields.quote(c));
            }
            out.write(String.join(",", names));
            out.newLine();
            for (int i = 0; i < matrix.size(); i++) {
                StringBuilder row = new StringBuilder();
                for (int j = 0; j < matrix.size(); j++) {
                    if (j > 0) {
                        row.append(',');
                    }
                    row.append(matrix.get(i, j));
                }
                out.write(row.toString());
                out.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write spillover matrix " + path, e);
        }
    }
}
