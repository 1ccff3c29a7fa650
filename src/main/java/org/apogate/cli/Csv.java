package org.apogate.cli;

/** RFC 4180 quoting of one field. */
final class Csv {
    private Csv() {
    }

    static String field(String s, char sep) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
