package org.apogate.report;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes output files so that a reader (or a killed process) never sees a truncated target: the bytes
 * go to a temp file beside the target (name starts with {@link #TEMP_PREFIX}), are fsync'd, and the
 * temp file is then renamed over the target atomically. Failures become one-line
 * {@link ReportException}s naming the target.
 */
public final class AtomicFiles {
    /** Prefix of every temp file, so a later run can find and remove the leftovers of a killed one. */
    public static final String TEMP_PREFIX = ".apogate-tmp-";

    /** Looked up when something is logged: initialising logging costs ~20 ms and most runs log nothing. */
    private static Logger log() {
        return LoggerFactory.getLogger(AtomicFiles.class);
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void writeBytes(Path target, byte[] bytes) {
        write(target, out -> out.write(bytes));
    }

    /**
     * Lets {@code writer} fill the target through a buffered stream (closing it is allowed and
     * harmless). If the writer throws, the target keeps its previous content and the temp file is
     * removed; an IOException becomes a {@link ReportException}, anything else is rethrown as is.
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = dir.resolve(tempName(absolute.getFileName().toString()));
            // CREATE_NEW rather than createTempFile: the latter forces mode 600, which the rename would keep.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                writer.accept(new UnclosableStream(buffered));
                buffered.flush();
                channel.force(true);
            }
            moveIntoPlace(temp, absolute);
            temp = null;
            syncDirectory(dir);
        } catch (IOException e) {
            throw ReportException.cannotWrite(target, e);
        } catch (java.io.UncheckedIOException e) {
            throw ReportException.cannotWrite(target, e.getCause());
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Deletes temp files left in {@code dir} by killed runs. Call it only while holding the
     * folder's {@link OutputLock}, so a live writer's temp file is never removed.
     *
     * @return the files removed (empty when {@code dir} does not exist)
     */
    public static List<Path> cleanStaleTemps(Path dir) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && Files.deleteIfExists(entry)) {
                    removed.add(entry);
                }
            }
        } catch (IOException e) {
            throw new ReportException("cannot clean temp files in " + dir + ": " + ReportException.describe(e), e);
        }
        removed.sort(null);
        return removed;
    }

    private static String tempName(String targetName) {
        String base = targetName.length() > 100 ? targetName.substring(0, 100) : targetName;
        return TEMP_PREFIX + base + "." + UUID.randomUUID() + ".tmp";
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            log().debug("atomic move not supported for {}, replacing instead", target);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; some platforms cannot open a folder, which is fine to skip. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log().debug("cannot fsync folder {}: {}", dir, e.toString());
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            log().warn("cannot remove temp file {}: {}", temp, e.toString());
        }
    }

    /** Writers such as Jackson close their target; the channel must stay open until it is fsync'd. */
    private static final class UnclosableStream extends FilterOutputStream {
        UnclosableStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
