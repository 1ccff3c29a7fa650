package org.apogate.config;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How one channel role is found: by detector name ($PnN), by stain label ($PnS), or by a regular
 * expression searched in {@code "$PnN $PnS"}. At most one may be set; none set means auto-detect.
 */
public record RolePin(String name, String stain, String regex) {
    private static final RolePin AUTO = new RolePin(null, null, null);

    public RolePin {
        Violations v = new Violations();
        v.require(name == null || !name.isBlank(), "name", "must not be blank (use null to auto-detect)");
        v.require(stain == null || !stain.isBlank(), "stain", "must not be blank (use null to auto-detect)");
        v.require(regex == null || !regex.isBlank(), "regex", "must not be blank (use null to auto-detect)");
        int set = (name != null ? 1 : 0) + (stain != null ? 1 : 0) + (regex != null ? 1 : 0);
        if (set > 1) {
            v.add(name != null && stain != null ? "stain" : "regex",
                    "set only one of name, stain, regex (they are alternative ways to pin the channel)");
        }
        if (regex != null && !regex.isBlank()) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                v.add("regex", "not a valid regular expression: " + e.getDescription() + " at index " + e.getIndex());
            }
        }
        v.throwIfAny();
    }

    /** No pin: the channel is auto-detected. */
    public static RolePin auto() {
        return AUTO;
    }

    public static RolePin byName(String name) {
        return new RolePin(name, null, null);
    }

    public static RolePin byStain(String stain) {
        return new RolePin(null, stain, null);
    }

    public static RolePin byRegex(String regex) {
        return new RolePin(null, null, regex);
    }

    public boolean isAuto() {
        return name == null && stain == null && regex == null;
    }
}
