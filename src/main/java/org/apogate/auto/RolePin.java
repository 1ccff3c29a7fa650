package org.apogate.auto;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A user's pin of one role to a channel: by exact $PnN name, by exact $PnS stain (both
 * case-insensitive, trimmed) or by a regex searched in {@code "$PnN $PnS"}. Null fields are unset.
 */
public record RolePin(String name, String stain, String regex) {

    public static RolePin byName(String name) {
        return new RolePin(name, null, null);
    }

    public boolean isEmpty() {
        return blank(name) && blank(stain) && blank(regex);
    }

    /** Whether channel ({@code pnn}, {@code pns}) satisfies every field that is set. */
    boolean matches(String pnn, String pns) {
        if (!blank(name) && !name.trim().equalsIgnoreCase(pnn == null ? "" : pnn.trim())) {
            return false;
        }
        if (!blank(stain) && !stain.trim().equalsIgnoreCase(pns == null ? "" : pns.trim())) {
            return false;
        }
        if (!blank(regex)) {
            Pattern p;
            try {
                p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new AutoGatingException("channel pin regex '" + regex + "' is not a valid regular expression: "
                        + e.getDescription());
            }
            String text = (pnn == null ? "" : pnn.trim()) + " " + (pns == null ? "" : pns.trim());
            return p.matcher(text).find();
        }
        return true;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        if (!blank(name)) {
            b.append("name: ").append(name);
        }
        if (!blank(stain)) {
            b.append(b.length() > 1 ? ", " : "").append("stain: ").append(stain);
        }
        if (!blank(regex)) {
            b.append(b.length() > 1 ? ", " : "").append("regex: ").append(regex);
        }
        return b.append('}').toString();
    }
}
