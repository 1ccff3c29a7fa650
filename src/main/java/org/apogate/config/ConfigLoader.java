package org.apogate.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a config file (YAML, or JSON for {@code .json} names or text starting with '{'). Unknown
 * keys, wrong types and out-of-range values throw a {@link ConfigException} listing all problems.
 */
public final class ConfigLoader {
    private ConfigLoader() {
    }

    public static ApoGateConfig load(Path file) {
        return parse(ConfigText.read(file), file.toString());
    }

    /** Parses config text; {@code sourceName} appears in messages and its extension picks the format. */
    public static ApoGateConfig parse(String text, String sourceName) {
        LocatedNode root = LocatedTreeReader.read(text, sourceName);
        ConfigBinder binder = new ConfigBinder(sourceName);
        ApoGateConfig config = binder.bind(root);
        List<ConfigIssue> issues = binder.issues();
        if (!issues.isEmpty()) {
            throw new ConfigException(issues);
        }
        return config;
    }
}
