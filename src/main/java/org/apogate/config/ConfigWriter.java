package org.apogate.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(effectiveYaml(config).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(64);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
