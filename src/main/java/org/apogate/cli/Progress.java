package org.apogate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apogate.pipeline.BatchListener;
import org.apogate.report.SampleSummary;

/**
 * Batch progress on stderr: a redrawn bar (files, events/s, elapsed, ETA) at a terminal; otherwise one
 * plain or JSON line per sample, for a scheduler's log; nothing with --quiet.
 */
abstract class Progress implements BatchListener {
    protected final PrintWriter err;
    protected long events;

    Progress(PrintWriter err) {
        this.err = err;
    }

    static Progress create(PrintWriter err, boolean quiet, boolean json) {
        if (quiet) {
            return new Progress(err) {
                @Override
                void line(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed) {
                }
            };
        }
        if (System.console() != null && !json) {
            return new Bar(err);
        }
        return json ? new JsonLines(err) : new TextLines(err);
    }

    @Override
    public final synchronized void sampleDone(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed) {
        if (s.events() != null) {
            events += s.events();
        }
        line(s, done, total, elapsedNanos, resumed);
        err.flush();
    }

    /** One sample finished: {@code done} of {@code total}. */
    abstract void line(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed);

    void finish() {
        err.flush();
    }

    static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A single redrawn line at a terminal. */
    private static final class Bar extends Progress {
        Bar(PrintWriter err) {
            super(err);
        }

        @Override
        void line(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed) {
            double secs = elapsedNanos / 1e9;
            double eta = done == 0 ? 0 : secs / done * (total - done);
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * done / total);
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d files  %.1f M events/s  %s elapsed  ETA %s   ",
                    "#".repeat(filled), " ".repeat(width - filled), done, total,
                    secs > 0 ? events / secs / 1e6 : 0.0, clock(secs), clock(eta));
        }

        @Override
        void finish() {
            err.println();
            err.flush();
        }

        private static String clock(double secs) {
            long s = Math.round(secs);
            return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
        }
    }

    private static final class TextLines extends Progress {
        TextLines(PrintWriter err) {
            super(err);
        }

        @Override
        void line(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed) {
            err.printf(Locale.ROOT, "%s apogate [%d/%d] %s status=%s%s events=%s live=%s early=%s late=%s necrotic=%s%s%n",
                    Instant.now(), done, total, s.file(), s.status().wireName(), resumed ? " (resumed)" : "",
                    s.events() == null ? "-" : s.events(), pct(s.livePct()), pct(s.earlyApoptoticPct()),
                    pct(s.lateApoptoticPct()), pct(s.necroticPct()),
                    s.error() != null ? " error=\"" + s.error() + "\"" : s.flags().isEmpty() ? "" : " flags=" + String.join(";", s.flags()));
        }
    }

    private static final class JsonLines extends Progress {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        JsonLines(PrintWriter err) {
            super(err);
        }

        @Override
        void line(SampleSummary s, int done, int total, long elapsedNanos, boolean resumed) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", Instant.now().toString());
            m.put("done", done);
            m.put("total", total);
            m.put("sample", s.sample());
            m.put("file", s.file());
            m.put("status", s.status().wireName());
            m.put("resumed", resumed);
            m.put("events", s.events());
            m.put("live_pct", s.livePct());
            m.put("early_apoptotic_pct", s.earlyApoptoticPct());
            m.put("late_apoptotic_pct", s.lateApoptoticPct());
            m.put("necrotic_pct", s.necroticPct());
            m.put("flags", s.flags());
            m.put("error", s.error());
            try {
                err.println(MAPPER.writeValueAsString(m));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                err.println("{\"error\":\"cannot encode log line\"}");
            }
        }
    }
}
