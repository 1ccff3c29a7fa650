package org.apogate.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.RolePin;
import org.apogate.config.SampleRole;

/**
 * One input file to analyse: its role (sample or a control tube), its group (controls apply to the
 * samples of the same group), channel pins from config or sample sheet, and sample-sheet metadata.
 */
public record SampleTask(Path file, String sampleName, SampleRole role, String group,
                         Map<ChannelRole, RolePin> pins, Map<String, String> metadata, List<String> warnings) {
    public SampleTask {
        group = group == null ? "" : group;
        pins = pins.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(pins));
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        warnings = List.copyOf(warnings);
    }

    public boolean isControl() {
        return role != SampleRole.SAMPLE;
    }
}
