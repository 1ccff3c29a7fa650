package org.apogate.config;

import java.nio.file.Path;
import java.util.List;

/** Checks a config file and returns every problem found (empty list: the file is valid), for {@code apogate config validate}. */
public final class ConfigValidator {
    private ConfigValidator() {
    }

    public static List<ConfigIssue> validate(Path file) {
        try {
            return validate(ConfigText.read(file), file.toString());
        } catch (ConfigException e) {
            return e.issues();
        }
    }

    public static List<ConfigIssue> validate(String text, String sourceName) {
        try {
            LocatedNode root = LocatedTreeReader.read(text, sourceName);
            ConfigBinder binder = new ConfigBinder(sourceName);
            binder.bind(root);
            return binder.issues();
        } catch (ConfigException e) {
            return e.issues();
        }
    }
}
