package org.apogate.compensation;

/** Input text echoed in one-line error messages: control characters escaped, long values cut. */
final class Quoted {
    private static final int MAX = 60;

    private Quoted() {
    }

    /** A list of names, each quoted as by {@link #of}, at most ~20 of them. */
    static String list(java.util.List<String> names) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size() && i < 20; i++) {
            b.append(i == 0 ? "" : ", ").append(of(names.get(i)));
        }
        return b.append(names.size() > 20 ? ", ...]" : "]").toString();
    }

    /** {@code 'text'} with newlines, tabs and other control characters escaped, at most ~60 characters. */
    static String of(String text) {
        StringBuilder b = new StringBuilder("'");
        for (int i = 0; i < text.length() && i < MAX; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        if (text.length() > MAX) {
            b.append("...");
        }
        return b.append('\'').toString();
    }
}
