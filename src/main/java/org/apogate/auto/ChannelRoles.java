package org.apogate.auto;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which channel index (0-based, file order) plays which role, why it was chosen, and any warnings
 * (e.g. "viability assumed in PE-A by convention"). Optional roles may be absent.
 */
public record ChannelRoles(Map<ChannelRole, Integer> indices, Map<ChannelRole, String> reasons, List<String> warnings) {
    public ChannelRoles {
        indices = Collections.unmodifiableMap(new EnumMap<>(indices.isEmpty() ? new EnumMap<>(ChannelRole.class) : indices));
        reasons = Collections.unmodifiableMap(reasons.isEmpty() ? new EnumMap<>(ChannelRole.class) : new EnumMap<>(reasons));
        warnings = List.copyOf(warnings);
    }

    public OptionalInt index(ChannelRole role) {
        Integer i = indices.get(role);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public boolean has(ChannelRole role) {
        return indices.containsKey(role);
    }

    /** The index of a role that must be present (required roles always are after detection). */
    public int require(ChannelRole role) {
        Integer i = indices.get(role);
        if (i == null) {
            throw new AutoGatingException("no channel has role " + role.configKey()
                    + "; pin one in config (channels: " + role.configKey() + ": name: ...)");
        }
        return i;
    }
}
