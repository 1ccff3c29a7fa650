package org.apogate.fcs;

import java.nio.file.Path;
import java.util.Optional;
import org.apogate.error.ApoGateException;

/**
 * A file that is not readable FCS. The message is one line: the file, the byte offset and/or the
 * keyword concerned, and what was expected there.
 */
public class FcsFormatException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long offset;
    private final String keyword;

    public FcsFormatException(Path file, long offset, String keyword, String expected) {
        super(format(file, offset, keyword, expected));
        this.file = file;
        this.offset = offset;
        this.keyword = keyword;
    }

    public FcsFormatException(Path file, long offset, String keyword, String expected, Throwable cause) {
        super(format(file, offset, keyword, expected), cause);
        this.file = file;
        this.offset = offset;
        this.keyword = keyword;
    }

    private static String format(Path file, long offset, String keyword, String expected) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<unknown file>" : file.toString());
        if (offset >= 0) {
            sb.append(" at byte ").append(offset);
        }
        if (keyword != null) {
            sb.append(offset >= 0 ? ", keyword " : " keyword ").append(keyword);
        }
        sb.append(": ").append(expected == null ? "invalid FCS" : expected);
        return sb.toString().replace('\n', ' ').replace('\r', ' ');
    }

    public Path file() {
        return file;
    }

    /** Absolute byte offset concerned, or -1 when the problem is not tied to one place. */
    public long offset() {
        return offset;
    }

    /** The keyword concerned, if any. */
    public Optional<String> keyword() {
        return Optional.ofNullable(keyword);
    }
}
