package org.apogate.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apogate.error.ApoGateException;
import org.apogate.report.ReportException;
import org.apogate.report.SampleSummary;

/**
 * Runs a batch: control tubes are prepared first (they set thresholds and compensation for their
 * group), then every file is analysed, files in parallel. One bad file gives a failed row and the
 * batch goes on. Results come back in input order and do not depend on the thread count.
 */
public final class BatchRunner {
    /**
     * Summaries in input order, per-sample wall times and their split into stages (read, fit, count,
     * outputs; a control tube's read happens before the others and is not included) for provenance.
     */
    public record Outcome(List<SampleSummary> summaries, Map<String, Double> secondsBySample,
                          Map<String, Map<String, Double>> stagesBySample, int resumed) {
    }

    /** One thread hashes inputs for provenance while the workers analyse them. */
    private static final ExecutorService HASHING = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "apogate-hashing");
        t.setDaemon(true);
        return t;
    });

    private final Settings settings;
    private final int threads;
    private final boolean resume;
    private final boolean plots;
    private final BatchListener listener;

    public BatchRunner(Settings settings, int threads, boolean resume, boolean plots, BatchListener listener) {
        this.settings = settings;
        this.threads = Math.max(1, threads);
        this.resume = resume;
        this.plots = plots;
        this.listener = listener;
    }

    /**
     * @param controlsExpected whether this run uses control tubes at all; a sample is flagged for
     *                         missing controls only when its own group has control tubes (asked for
     *                         them) but not the one an axis needs
     */
    public Outcome run(List<SampleTask> tasks, Path outDir, boolean controlsExpected) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "apogate-worker");
            t.setDaemon(true);
            return t;
        });
        // Spare cores help inside a file only when there are fewer files than threads.
        SamplePipeline pipeline = new SamplePipeline(settings, Math.max(1, threads / Math.max(1, tasks.size())));
        try {
            Map<Path, String> hashes = new ConcurrentHashMap<>();
            Map<SampleTask, Object> controls = prepareControls(tasks, pool, hashes);
            Map<String, GroupControls> groups = groups(controls);
            Map<String, String> groupKeys = groupKeys(controls, hashes);
            // compensation.file's content is not in the config hash: a changed matrix must not be resumed
            String matrixSha = settings.matrixFile() == null ? "" : settings.matrixFile().sha256();
            long start = System.nanoTime();
            AtomicInteger done = new AtomicInteger();
            AtomicInteger resumedCount = new AtomicInteger();
            List<Future<Done>> futures = new ArrayList<>();
            for (SampleTask task : tasks) {
                futures.add(pool.submit(() -> {
                    long t0 = System.nanoTime();
                    boolean[] resumed = new boolean[1];
                    StageClock clock = new StageClock();
                    SampleSummary s = runOne(pipeline, clock, task, controls.get(task), groups.getOrDefault(task.group(), GroupControls.NONE),
                            groupKeys.getOrDefault(task.group(), "") + "|" + matrixSha, hashes, outDir,
                            controlsExpected && groupKeys.containsKey(task.group()), resumed);
                    if (resumed[0]) {
                        resumedCount.incrementAndGet();
                    }
                    listener.sampleDone(s, done.incrementAndGet(), tasks.size(), System.nanoTime() - start, resumed[0]);
                    return new Done(s, (System.nanoTime() - t0) / 1e9, clock.seconds());
                }));
            }
            List<SampleSummary> summaries = new ArrayList<>();
            Map<String, Double> seconds = new TreeMap<>();
            Map<String, Map<String, Double>> stages = new TreeMap<>();
            for (int i = 0; i < futures.size(); i++) {
                Done r = get(futures.get(i));
                summaries.add(r.summary());
                seconds.put(tasks.get(i).sampleName(), r.seconds());
                stages.put(tasks.get(i).sampleName(), r.stages());
            }
            return new Outcome(summaries, seconds, stages, resumedCount.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One finished sample: its row, wall time and stage times. */
    private record Done(SampleSummary summary, double seconds, Map<String, Double> stages) {
    }

    private SampleSummary runOne(SamplePipeline pipeline, StageClock clock, SampleTask task, Object preparedControl, GroupControls group,
                                 String groupKey, Map<Path, String> hashes, Path outDir, boolean controlsExpected, boolean[] resumed) {
        String configSha = settings.configSha256();
        String inputSha = null;
        // Without --resume the hash is only provenance: compute it beside the analysis, not before it.
        // With --resume it is needed first, so it runs here; either way a failure is kept in the
        // future and becomes this sample's failed row below.
        CompletableFuture<String> hashing = CompletableFuture.supplyAsync(
                () -> hashes.computeIfAbsent(task.file(), Hashes::sha256), resume ? Runnable::run : HASHING);
        try {
            Path dir = SampleOutputs.dir(outDir, task);
            if (resume) {
                inputSha = join(hashing);
                var previous = ResumeRecord.load(dir, resumeKey(inputSha, configSha, groupKey, task));
                if (previous.isPresent() && outputsPresent(dir)) {
                    resumed[0] = true;
                    return previous.get();
                }
            }
            if (preparedControl instanceof Throwable t) {
                throw t instanceof RuntimeException re ? re : new PipelineException(t.getMessage(), t);
            }
            PreparedFile file = preparedControl != null ? (PreparedFile) preparedControl : PreparedFile.prepare(task, settings);
            clock.mark("read");
            SampleAnalysis analysis = pipeline.analyze(file, group, controlsExpected, clock);
            inputSha = join(hashing);
            String key = resumeKey(inputSha, configSha, groupKey, task);
            SampleSummary summary = Summaries.of(analysis, task, settings.config().seed(), inputSha, configSha);
            SampleOutputs.createDir(dir);
            SampleOutputs.writeGates(dir, analysis);
            PopulationExport.write(dir, analysis, inputSha, settings.config().output().exportPopulations());
            if (plots) {
                SampleOutputs.writePlots(dir, SamplePlots.render(analysis));
            }
            new ResumeRecord(key, summary).save(dir);
            clock.mark("outputs");
            return summary;
        } catch (ReportException e) {
            throw e; // the output folder, not this sample, is at fault: stop the batch (exit 5)
        } catch (ApoGateException e) {
            return Summaries.failed(task, oneLine(e.getMessage()), inputSha != null ? inputSha : hashOrNull(hashing), configSha);
        } catch (RuntimeException | StackOverflowError e) {
            return Summaries.failed(task, "internal error: " + e.getClass().getSimpleName() + ": " + oneLine(e.getMessage()),
                    inputSha, configSha);
        }
    }

    /** Everything the sample sheet decides (role, group, channel pins, metadata) and --stringency are part of the key. */
    private String resumeKey(String inputSha, String configSha, String groupKey, SampleTask task) {
        return Hashes.sha256(inputSha + "|" + configSha + "|" + groupKey + "|" + task.role() + "|" + task.metadata()
                + "|" + task.group() + "|" + new java.util.TreeMap<>(task.pins()) + "|" + settings.readOptions());
    }

    /** A resumed sample must still have its files: a deleted gates.xml or plot is recomputed. */
    private boolean outputsPresent(Path dir) {
        if (!java.nio.file.Files.isRegularFile(dir.resolve(SampleOutputs.GATES))) {
            return false;
        }
        return !plots || SampleOutputs.plotsPresent(dir);
    }

    /** The future's value, or the runtime exception it failed with (not wrapped). */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    private static String hashOrNull(CompletableFuture<String> hashing) {
        try {
            return hashing.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Each control tube prepared (or the exception that stopped it), in parallel. */
    private Map<SampleTask, Object> prepareControls(List<SampleTask> tasks, ExecutorService pool, Map<Path, String> hashes) {
        Map<SampleTask, Future<Object>> futures = new HashMap<>();
        for (SampleTask task : tasks) {
            if (task.isControl()) {
                futures.put(task, pool.submit(() -> {
                    try {
                        hashes.computeIfAbsent(task.file(), Hashes::sha256);
                        return (Object) PreparedFile.prepare(task, settings);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
        }
        Map<SampleTask, Object> out = new HashMap<>();
        for (var e : futures.entrySet()) {
            out.put(e.getKey(), get(e.getValue()));
        }
        return out;
    }

    private static Map<String, GroupControls> groups(Map<SampleTask, Object> controls) {
        Map<String, List<PreparedFile>> byGroup = new TreeMap<>();
        controls.entrySet().stream()
                .sorted((a, b) -> a.getKey().file().compareTo(b.getKey().file()))
                .filter(e -> e.getValue() instanceof PreparedFile)
                .forEach(e -> byGroup.computeIfAbsent(e.getKey().group(), g -> new ArrayList<>()).add((PreparedFile) e.getValue()));
        Map<String, GroupControls> out = new HashMap<>();
        byGroup.forEach((g, list) -> out.put(g, GroupControls.of(list)));
        return out;
    }

    /** A group's control files' hashes: a sample's resume key changes when its controls change. */
    private static Map<String, String> groupKeys(Map<SampleTask, Object> controls, Map<Path, String> hashes) {
        Map<String, TreeMap<String, String>> byGroup = new HashMap<>();
        for (SampleTask t : controls.keySet()) {
            byGroup.computeIfAbsent(t.group(), g -> new TreeMap<>())
                    .put(t.file().toString(), hashes.getOrDefault(t.file(), "unreadable"));
        }
        Map<String, String> out = new HashMap<>();
        byGroup.forEach((g, m) -> out.put(g, Hashes.sha256(m.toString())));
        return out;
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new PipelineException(String.valueOf(c), c);
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\r', ' ').replace('\n', ' ');
    }
}
