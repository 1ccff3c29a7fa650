package org.apogate.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Named starting configs for common Annexin V kits and instruments, stored as YAML resources
 * ({@code org/apogate/config/presets/NAME.yaml}; copies under {@code config/} at the repo root).
 */
public final class Presets {
    /** All preset names; {@code default} auto-detects every channel. */
    public static final List<String> NAMES = List.of("default", "annv-fitc-pi", "annv-fitc-7aad", "annv-pe-7aad",
            "annv-apc-pi", "accuri-annv-fitc-pi", "attune-annv-fitc-pi", "cytoflex-annv-fitc-pi");

    private Presets() {
    }

    public static List<String> names() {
        return NAMES;
    }

    /** The preset's YAML text as stored. */
    public static String text(String name) {
        String resource = "presets/" + checkName(name) + ".yaml";
        try (InputStream in = Presets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource missing from the build: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read preset resource " + resource, e);
        }
    }

    public static ApoGateConfig load(String name) {
        return ConfigLoader.parse(text(name), "preset " + checkName(name) + ".yaml");
    }

    private static String checkName(String name) {
        if (name == null || !NAMES.contains(name)) {
            String near = name == null ? null : KeySuggester.nearest(name, NAMES);
            throw new ConfigException("", 0, 0, "", "unknown preset '" + name + "'"
                    + (near == null ? "" : " (did you mean " + near + "?)") + "; available: " + String.join(", ", NAMES));
        }
        return name;
    }
}
