package org.apogate.compensation;

import java.util.List;

/** Finds a matrix channel among the file's channels: exact name first, then ignoring case and padding. */
final class ChannelMatch {
    private ChannelMatch() {
    }

    /** Index in {@code fileChannels}, or -1 when absent or matched only loosely by several. */
    static int find(String name, List<String> fileChannels) {
        int exact = fileChannels.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String wanted = name.trim();
        int found = -1;
        for (int i = 0; i < fileChannels.size(); i++) {
            if (fileChannels.get(i).trim().equalsIgnoreCase(wanted)) {
                if (found >= 0) {
                    return -1; // ambiguous: do not guess
                }
                found = i;
            }
        }
        return found;
    }
}
