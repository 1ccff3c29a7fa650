package org.apogate.report;

import org.apogate.error.ApoGateException;

/**
 * An output could not be written (read-only folder, disk full, folder locked by another run). The
 * message is one line naming the path and the cause.
 */
public class ReportException extends ApoGateException {
    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "cannot write PATH: CAUSE" with the cause reduced to one readable line. */
    static ReportException cannotWrite(java.nio.file.Path path, Throwable cause) {
        return new ReportException("cannot write " + path + ": " + describe(cause), cause);
    }

    /** A one-line description of an I/O failure, e.g. "read-only file system" or "no space left on device". */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        String kind = switch (cause.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "FileSystemException" -> "file system error";
            case "ReadOnlyFileSystemException" -> "read-only file system";
            case "NotDirectoryException" -> "not a folder";
            case "DirectoryNotEmptyException" -> "folder not empty";
            default -> cause.getClass().getSimpleName();
        };
        String msg = cause.getMessage();
        if (cause instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            msg = fse.getReason();
        }
        if (msg == null || msg.isBlank()) {
            return kind;
        }
        return (kind + " (" + msg + ")").replace('\n', ' ').replace('\r', ' ');
    }
}
