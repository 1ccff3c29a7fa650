package org.apogate.config;

/**
 * One problem found in a config or sample sheet: where (source, 1-based line and column; 0 when
 * unknown), which key (dotted path such as {@code gating.thresholds.control_percentile}), and what.
 */
public record ConfigIssue(String source, int line, int column, String keyPath, String problem) {

    public ConfigIssue {
        source = source == null ? "" : source;
        keyPath = keyPath == null ? "" : keyPath;
        problem = problem == null ? "" : problem;
    }

    /** An issue not yet tied to a file position, as raised by a record's compact constructor. */
    static ConfigIssue unlocated(String keyPath, String problem) {
        return new ConfigIssue("", 0, 0, keyPath, problem);
    }

    boolean located() {
        return line > 0;
    }

    /** The same issue under a parent path and at a position in a named source. */
    ConfigIssue at(String sourceName, int newLine, int newColumn, String parentPath) {
        return new ConfigIssue(sourceName, newLine, newColumn, join(parentPath, keyPath), problem);
    }

    static String join(String parent, String child) {
        if (parent == null || parent.isEmpty()) {
            return child;
        }
        if (child == null || child.isEmpty()) {
            return parent;
        }
        return child.startsWith("[") ? parent + child : parent + "." + child;
    }

    /** One line: {@code config.yaml:12:5: gating.thresholds.control_percentile: must be ...}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (!source.isEmpty()) {
            sb.append(source);
            if (line > 0) {
                sb.append(':').append(line).append(':').append(column);
            }
            sb.append(": ");
        }
        if (!keyPath.isEmpty()) {
            sb.append(keyPath).append(": ");
        }
        sb.append(problem);
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    @Override
    public String toString() {
        return format();
    }
}
