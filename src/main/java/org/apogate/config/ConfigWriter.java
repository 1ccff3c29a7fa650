package org.apogate.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Writes the effective config (after defaults) so a run can be reproduced, and its provenance hash. */
public final class ConfigWriter {
    private ConfigWriter() {
    }

    /** Every key, in schema order, no comments; reading it back gives an equal config. */
    public static String effectiveYaml(ApoGateConfig config) {
        return YamlEmitter.emit(ConfigTree.of(config), path -> null);
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@link #effectiveYaml}. */
    public static String sha256(ApoGateConfig config) {
        return sha256(effectiveYaml(config));
    }

    /** Lower-case hex SHA-256 of an effective YAML text already built (what {@link #sha256(ApoGateConfig)} hashes). */
    public static String sha256(String effectiveYaml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(effectiveYaml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
