package org.apogate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
    @TempDir
    Path dir;

    @Test
    void secondAcquireInSameProcessFailsNamingTheHolder() throws Exception {
        Path out = dir.resolve("out");
        try (OutputLock first = OutputLock.acquire(out)) {
            assertTrue(Files.isRegularFile(out.resolve(".apogate.lock")));
            ReportException e = assertThrows(ReportException.class, () -> OutputLock.acquire(out));
            assertEquals("output folder " + first.dir() + " is in use by another apogate run (pid "
                    + ProcessHandle.current().pid() + " since " + first.since()
                    + "); wait for it or choose another --out", e.getMessage());
        }
        assertEquals("", Files.readString(out.resolve(".apogate.lock")), "lock file emptied on close");
        try (OutputLock again = OutputLock.acquire(out)) {
            assertEquals(ProcessHandle.current().pid(), again.pid());
        }
    }

    @Test
    void secondAcquireFromAnotherThreadFails() throws Exception {
        try (OutputLock held = OutputLock.acquire(dir)) {
            Throwable[] caught = new Throwable[1];
            Thread other = new Thread(() -> {
                try {
                    OutputLock.acquire(dir).close();
                } catch (Throwable t) {
                    caught[0] = t;
                }
            });
            other.start();
            other.join();
            assertTrue(caught[0] instanceof ReportException, String.valueOf(caught[0]));
            assertTrue(caught[0].getMessage().contains("is in use by another apogate run"));
        }
    }

    @Test
    void failedSecondAcquireInThisProcessKeepsTheOsLockForOtherProcesses() throws Exception {
        try (OutputLock held = OutputLock.acquire(dir)) {
            assertThrows(ReportException.class, () -> OutputLock.acquire(dir));
            Process child = startChild("try");
            try {
                String line = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
                assertEquals("BUSY output folder " + held.dir() + " is in use by another apogate run (pid "
                        + ProcessHandle.current().pid() + " since " + held.since()
                        + "); wait for it or choose another --out", line);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void staleLockFileFromKilledRunIsTakenOver() throws Exception {
        Files.writeString(dir.resolve(".apogate.lock"), "pid=999999\nsince=2020-01-01T00:00:00Z\n");
        try (OutputLock lock = OutputLock.acquire(dir)) {
            String content = Files.readString(lock.file());
            assertTrue(content.startsWith("pid=" + ProcessHandle.current().pid() + "\n"), content);
        }
    }

    @Test
    void lockHeldByAnotherProcessBlocksUntilThatProcessIsKilled() throws Exception {
        Process child = startChild("hold");
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertNotNull(line, "child exited without taking the lock");
            assertEquals("LOCKED " + child.pid(), line);

            ReportException e = assertThrows(ReportException.class, () -> OutputLock.acquire(dir));
            assertTrue(e.getMessage().contains("(pid " + child.pid() + " since "), e.getMessage());

            child.destroyForcibly(); // like kill -9: no close(), the lock file stays behind
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "child did not die");
            assertTrue(Files.exists(dir.resolve(".apogate.lock")));
            try (OutputLock mine = OutputLock.acquire(dir)) {
                assertEquals(ProcessHandle.current().pid(), mine.pid());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private Process startChild(String mode) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockHolderMain.class.getName(), mode, dir.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }
}
