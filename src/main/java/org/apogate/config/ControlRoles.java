package org.apogate.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles and groups from file names when there is no sample sheet: a file matching a control's
 * globs (case-insensitive, on the file name only) is that control, otherwise a sample; the group
 * is the single capture group of {@code group_regex} ("" without one). Patterns compile once.
 */
public final class ControlRoles {
    private final Map<SampleRole, List<Pattern>> globs = new LinkedHashMap<>();
    private final Pattern groupRegex;

    public ControlRoles(SamplePatterns patterns) {
        globs.put(SampleRole.UNSTAINED, compile(patterns.unstained()));
        globs.put(SampleRole.ANNEXIN_ONLY, compile(patterns.annexinOnly()));
        globs.put(SampleRole.VIABILITY_ONLY, compile(patterns.viabilityOnly()));
        groupRegex = patterns.groupRegex() == null ? null : Pattern.compile(patterns.groupRegex());
    }

    public static RoleAssignment assign(String fileName, SamplePatterns patterns) {
        return new ControlRoles(patterns).assign(fileName);
    }

    /**
     * The role of {@code fileName} (directories are ignored). When a name matches the globs of
     * more than one control, the first in the order unstained, annexin_only, viability_only wins and a
     * warning says so: a sample sheet should settle such names.
     */
    public RoleAssignment assign(String fileName) {
        String name = SampleSheet.fileNameOf(fileName);
        List<SampleRole> matched = new ArrayList<>();
        for (Map.Entry<SampleRole, List<Pattern>> e : globs.entrySet()) {
            for (Pattern p : e.getValue()) {
                if (p.matcher(name).matches()) {
                    matched.add(e.getKey());
                    break;
                }
            }
        }
        List<String> warnings = new ArrayList<>();
        SampleRole role = matched.isEmpty() ? SampleRole.SAMPLE : matched.get(0);
        if (matched.size() > 1) {
            List<String> names = new ArrayList<>();
            matched.forEach(r -> names.add(r.configName()));
            warnings.add("'" + name + "' matches the patterns of " + String.join(" and ", names) + "; taken as "
                    + role.configName() + " (use a sample sheet to set roles explicitly)");
        }
        String group = "";
        if (groupRegex != null) {
            Matcher m = groupRegex.matcher(name);
            if (m.find() && m.group(1) != null) {
                group = m.group(1);
            } else {
                warnings.add("group_regex '" + groupRegex.pattern() + "' does not match '" + name + "'; group left empty");
            }
        }
        return new RoleAssignment(role, group, warnings);
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> out = new ArrayList<>();
        for (String p : patterns) {
            out.add(Globs.compile(p));
        }
        return out;
    }
}
