package org.apogate.config;

import java.util.List;

/** The role and group given to a file from its name, with warnings when the name was ambiguous or unmatched. */
public record RoleAssignment(SampleRole role, String group, List<String> warnings) {

    public RoleAssignment {
        if (role == null) {
            throw new IllegalArgumentException("a role assignment needs a role");
        }
        group = group == null ? "" : group;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
