package org.apogate.report;

/** Plots are drawn on servers and in cron jobs: AWT must never look for a display. */
final class Headless {
    private Headless() {
    }

    /** Sets java.awt.headless=true unless the embedding application chose otherwise before us. */
    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
