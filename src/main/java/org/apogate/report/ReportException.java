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

    /**
     * A one-line description of an I/O failure, e.g. "permission denied: /out/x.csv" or
     * "I/O error (No space left on device)".
     */
    static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        String kind = switch (cause.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied";
            case "NoSuchFileException" -> "no such file or folder";
            case "FileAlreadyExistsException" -> "a file is in the way";
            case "NotDirectoryException" -> "not a folder";
            case "DirectoryNotEmptyException" -> "folder not empty";
            case "FileSystemException" -> "file system error";
            case "ReadOnlyFileSystemException" -> "read-only file system";
            case "IOException" -> "I/O error";
            default -> cause.getClass().getSimpleName();
        };
        String text;
        if (cause instanceof java.nio.file.FileSystemException fse) {
            text = kind + (fse.getReason() == null ? "" : " (" + fse.getReason() + ")")
                    + (fse.getFile() == null ? "" : ": " + fse.getFile());
        } else {
            String msg = cause.getMessage();
            text = msg == null || msg.isBlank() ? kind : kind + " (" + msg + ")";
        }
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
