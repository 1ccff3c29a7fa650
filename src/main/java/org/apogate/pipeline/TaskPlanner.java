package org.apogate.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apogate.auto.ChannelRole;
import org.apogate.auto.RolePin;
import org.apogate.config.ControlRoles;
import org.apogate.config.RoleAssignment;
import org.apogate.config.SampleRole;
import org.apogate.config.SampleSheet;
import org.apogate.config.SampleSheetRow;
import org.apogate.report.SampleSummary;

/**
 * Decides each input's role, group, channel pins and metadata: from the sample sheet when one is
 * given (files it does not list are samples of the default group, with a warning), otherwise from the
 * config's file-name patterns. Gives every sample a unique output name.
 */
public final class TaskPlanner {
    private TaskPlanner() {
    }

    public static List<SampleTask> plan(List<Path> files, SampleSheet sheet, Settings settings) {
        List<SampleTask> tasks = new ArrayList<>();
        Map<String, Integer> used = new HashMap<>();
        ControlRoles patterns = new ControlRoles(settings.config().samples());
        for (Path file : files) {
            String name = uniqueName(SampleSummary.sampleNameOf(file.getFileName().toString()), used);
            List<String> warnings = new ArrayList<>();
            SampleRole role;
            String group;
            Map<ChannelRole, RolePin> pins = new EnumMap<>(ChannelRole.class);
            Map<String, String> metadata = new LinkedHashMap<>();
            SampleSheetRow row = sheet == null ? null : sheet.find(file).orElse(null);
            if (row != null) {
                role = row.role();
                group = row.group();
                if (row.annexinChannel() != null && !row.annexinChannel().isBlank()) {
                    pins.put(ChannelRole.ANNEXIN, RolePin.byName(row.annexinChannel()));
                }
                if (row.viabilityChannel() != null && !row.viabilityChannel().isBlank()) {
                    pins.put(ChannelRole.VIABILITY, RolePin.byName(row.viabilityChannel()));
                }
                metadata.putAll(row.metadata());
            } else {
                RoleAssignment a = patterns.assign(file.getFileName().toString());
                role = a.role();
                group = a.group();
                warnings.addAll(a.warnings());
                if (sheet != null) {
                    warnings.add("not listed in sample sheet " + sheet.source() + ": role "
                            + role.name().toLowerCase(Locale.ROOT) + " from the file name");
                }
            }
            tasks.add(new SampleTask(file, name, role, group, pins, metadata, warnings));
        }
        return tasks;
    }

    private static String uniqueName(String base, Map<String, Integer> used) {
        String key = base.toLowerCase(Locale.ROOT); // case-insensitive file systems
        int n = used.merge(key, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }
}
