package org.apogate.config;

import java.util.List;
import org.apogate.error.ApoGateException;

/**
 * A config file, preset or sample sheet that cannot be used. Carries every issue found (the
 * message is the first one, on one line, with a count of the rest); {@link #issues()} lists all.
 */
public class ConfigException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigIssue> issues;

    public ConfigException(List<ConfigIssue> issues) {
        super(summary(issues));
        this.issues = List.copyOf(issues);
    }

    public ConfigException(ConfigIssue issue) {
        this(List.of(issue));
    }

    public ConfigException(String source, int line, int column, String keyPath, String problem) {
        this(new ConfigIssue(source, line, column, keyPath, problem));
    }

    private static String summary(List<ConfigIssue> issues) {
        if (issues == null || issues.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one issue");
        }
        String first = issues.get(0).format();
        return issues.size() == 1 ? first : first + " (and " + (issues.size() - 1) + " more)";
    }

    public List<ConfigIssue> issues() {
        return issues;
    }

    public String file() {
        return issues.get(0).source();
    }

    public int line() {
        return issues.get(0).line();
    }

    public int column() {
        return issues.get(0).column();
    }

    public String keyPath() {
        return issues.get(0).keyPath();
    }
}
