package org.apogate.report;

import java.nio.file.Path;

/**
 * Child process for {@link OutputLockTest}. "hold DIR": takes the lock, prints "LOCKED pid", holds it
 * until stdin closes or it is killed. "try DIR": prints "LOCKED pid" or "BUSY message" and exits.
 */
public final class LockHolderMain {
    private LockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean hold = args[0].equals("hold");
        try (OutputLock lock = OutputLock.acquire(Path.of(args[1]))) {
            System.out.println("LOCKED " + lock.pid());
            System.out.flush();
            while (hold && System.in.read() >= 0) {
                // hold the lock
            }
        } catch (ReportException e) {
            System.out.println("BUSY " + e.getMessage());
        }
    }
}
