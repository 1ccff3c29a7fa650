package org.apogate.config;

import java.util.ArrayList;
import java.util.List;

/** Splits one CSV line into trimmed fields with their 1-based start columns; "" escapes a quote. */
final class CsvLines {
    private CsvLines() {
    }

    record Field(String value, int column) {
    }

    /** Thrown for a malformed line; {@code column} is 1-based. */
    static final class CsvSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        final int column;

        CsvSyntaxException(int column, String message) {
            super(message);
            this.column = column;
        }
    }

    /** The delimiter the header uses most: comma, semicolon (European Excel) or tab. */
    static char sniffDelimiter(String header) {
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long count = header.chars().filter(x -> x == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    static List<Field> split(String line, char delimiter) throws CsvSyntaxException {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            StringBuilder value = new StringBuilder();
            if (i < n && line.charAt(i) == '"') {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            value.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    value.append(c);
                    i++;
                }
                if (!closed) {
                    throw new CsvSyntaxException(start + 1, "quote opened here is not closed on this line");
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != delimiter) {
                    throw new CsvSyntaxException(i + 1, "unexpected text after closing quote");
                }
                fields.add(new Field(value.toString(), start + 1));
            } else {
                while (i < n && line.charAt(i) != delimiter) {
                    value.append(line.charAt(i));
                    i++;
                }
                fields.add(new Field(value.toString().strip(), start + 1));
            }
            if (i >= n) {
                return fields;
            }
            i++; // skip the delimiter
        }
    }
}
