package org.apogate.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * File-name globs (case-insensitive) that mark control files when there is no sample sheet, and an
 * optional regex whose single capture group takes the group (e.g. treatment or donor) from the name.
 */
public record SamplePatterns(List<String> unstained, List<String> annexinOnly, List<String> viabilityOnly,
        String groupRegex) {

    public SamplePatterns {
        unstained = unstained == null ? List.of() : List.copyOf(unstained);
        annexinOnly = annexinOnly == null ? List.of() : List.copyOf(annexinOnly);
        viabilityOnly = viabilityOnly == null ? List.of() : List.copyOf(viabilityOnly);
        Violations v = new Violations();
        checkGlobs(v, "unstained", unstained);
        checkGlobs(v, "annexin_only", annexinOnly);
        checkGlobs(v, "viability_only", viabilityOnly);
        if (groupRegex != null) {
            try {
                int groups = Pattern.compile(groupRegex).matcher("").groupCount();
                v.require(groups == 1, "group_regex", "must have exactly one capture group ( ... ), found " + groups
                        + " (use (?: ... ) for groups that should not capture)");
            } catch (PatternSyntaxException e) {
                v.add("group_regex", "not a valid regular expression: " + e.getDescription() + " at index " + e.getIndex());
            }
        }
        v.throwIfAny();
    }

    private static void checkGlobs(Violations v, String key, List<String> globs) {
        for (int i = 0; i < globs.size(); i++) {
            String g = globs.get(i);
            String where = key + "[" + i + "]";
            if (g == null || g.isBlank()) {
                v.add(where, "must not be empty");
                continue;
            }
            try {
                Globs.compile(g);
            } catch (IllegalArgumentException e) {
                v.add(where, e.getMessage());
            }
        }
    }

    public static SamplePatterns defaults() {
        return new SamplePatterns(List.of("*unstained*", "*unst*"), List.of("*annexin*only*", "*annv*only*"),
                List.of("*pi*only*", "*7aad*only*", "*7-aad*only*"), null);
    }
}
