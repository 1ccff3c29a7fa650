package org.apogate.config;

import java.util.ArrayList;
import java.util.List;

/** Collects range/consistency problems inside a compact constructor so all are reported at once. */
final class Violations {
    private final List<ConfigIssue> issues = new ArrayList<>();

    void require(boolean ok, String key, String problem) {
        if (!ok) {
            issues.add(ConfigIssue.unlocated(key, problem));
        }
    }

    void add(String key, String problem) {
        issues.add(ConfigIssue.unlocated(key, problem));
    }

    void throwIfAny() {
        if (!issues.isEmpty()) {
            throw new ConfigException(issues);
        }
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static boolean finite(double v) {
        return Double.isFinite(v);
    }
}
