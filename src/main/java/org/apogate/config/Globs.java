package org.apogate.config;

import java.util.regex.Pattern;

/** Shell-style file-name globs ({@code *}, {@code ?}, {@code [abc]}, {@code [!abc]}), matched case-insensitively. */
final class Globs {
    private Globs() {
    }

    /** Compiles a glob to a whole-name, case-insensitive pattern; IllegalArgumentException names what is wrong. */
    static Pattern compile(String glob) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 2);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' at position " + (i + 1) + " in glob '" + glob + "'");
                }
                String body = glob.substring(i + 1, close);
                boolean negate = body.startsWith("!");
                if (negate) {
                    body = body.substring(1);
                }
                re.append('[').append(negate ? "^" : "");
                for (char b : body.toCharArray()) {
                    // Only '-' keeps its range meaning inside a class; regex metacharacters are escaped.
                    if ("\\[]^&".indexOf(b) >= 0) {
                        re.append('\\');
                    }
                    re.append(b);
                }
                re.append(']');
                i = close;
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
