package org.apogate.fcs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects recoveries for one data set and enforces the {@link Stringency}. */
final class IssueLog {
    private final Path file;
    private final Stringency stringency;
    private final List<ReadIssue> issues = new ArrayList<>();

    IssueLog(Path file, Stringency stringency) {
        this.file = file;
        this.stringency = stringency;
    }

    /** A departure we recover from: an error under STRICT, recorded under LENIENT. */
    void recover(String code, long offset, String keyword, String message) {
        if (stringency == Stringency.STRICT) {
            throw new FcsFormatException(file, offset, keyword, message + " [" + code + ", STRICT]");
        }
        if (stringency == Stringency.LENIENT) {
            issues.add(new ReadIssue(code, message));
        }
    }

    /** Something worth knowing that is not a departure from the standard (never throws). */
    void note(String code, String message) {
        if (stringency != Stringency.SILENT) {
            issues.add(new ReadIssue(code, message));
        }
    }

    Path file() {
        return file;
    }

    Stringency stringency() {
        return stringency;
    }

    List<ReadIssue> snapshot() {
        return List.copyOf(issues);
    }
}
