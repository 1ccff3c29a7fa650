/** Sample summaries, CSV/JSON writers, plots, HTML report, atomic file writes. May import {@code config} and below. */
package org.apogate.report;
