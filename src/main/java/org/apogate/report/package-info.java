/**
 * Sample summaries, CSV/JSON writers, plots, HTML report, atomic file writes. May import {@code config}
 * and below, but uses none of them: the pipeline hands over plain records, arrays and strings.
 *
 * <ul>
 *   <li>{@link org.apogate.report.SampleSummary} (built with {@code SampleSummary.builder(file)}) is one
 *       row; {@link org.apogate.report.SummaryWriter#writeAll} writes summary.csv and summary.json.</li>
 *   <li>{@link org.apogate.report.DensityPlot} draws pseudocolour PNG plots with
 *       {@link org.apogate.report.Overlays} gates on {@link org.apogate.report.Axis} scales.</li>
 *   <li>{@link org.apogate.report.HtmlReport} writes the self-contained report.html.</li>
 *   <li>{@link org.apogate.report.OutputLock} keeps two runs out of one folder;
 *       {@link org.apogate.report.AtomicFiles} makes every write all-or-nothing.</li>
 * </ul>
 */
package org.apogate.report;
