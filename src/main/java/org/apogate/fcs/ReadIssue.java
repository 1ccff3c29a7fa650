package org.apogate.fcs;

/**
 * A recovery or warning found while reading. {@code code} is a stable upper-case identifier (e.g.
 * {@code DATA_OFFSETS_DISAGREE}); {@code message} is one human-readable line.
 */
public record ReadIssue(String code, String message) {
    @Override
    public String toString() {
        return code + ": " + message;
    }
}
